import type { Resource, ResourceUse } from '@trustcircle/contracts';
import type { ResourceRow, StatsRow } from './repository.ts';

const num = (v: unknown) => Number(v ?? 0);

export const EMPTY_STATS: Resource['stats'] = {
  uses: 0,
  accountsReached: 0,
  ratings: 0,
  averageRating: null,
  helpfulShare: null,
  uses30d: 0,
  usesPrevious30d: 0,
  registered: 0,
  attended: 0,
  lastUsedAt: null,
};

export const presentStats = (s: StatsRow | undefined): Resource['stats'] =>
  s
    ? {
        uses: num(s.uses),
        accountsReached: num(s.accounts),
        ratings: num(s.ratings),
        averageRating: s.avg_rating === null ? null : Math.round(Number(s.avg_rating) * 100) / 100,
        helpfulShare: num(s.ratings) > 0 ? num(s.helpful) / num(s.ratings) : null,
        uses30d: num(s.uses30),
        usesPrevious30d: num(s.uses_prev30),
        registered: num(s.registered),
        attended: num(s.attended),
        lastUsedAt: s.last_used_at ? new Date(s.last_used_at).toISOString() : null,
      }
    : EMPTY_STATS;

export const trackingUrl = (baseUrl: string, slug: string) => `${baseUrl}/r/${slug}`;

export const presentResource = (r: ResourceRow, stats: StatsRow | undefined, baseUrl: string): Resource => ({
  id: r.id,
  kind: r.kind as Resource['kind'],
  title: r.title,
  url: r.url,
  owner: r.owner_id ? { id: r.owner_id, name: r.owner_name ?? '' } : null,
  trackingUrl: trackingUrl(baseUrl, r.slug),
  ratingUrl: `${trackingUrl(baseUrl, r.slug)}/rate`,
  archivedAt: r.archived_at,
  createdAt: r.created_at,
  stats: presentStats(stats),
});

type UseListRow = {
  id: string;
  resource_id: string;
  kind: ResourceUse['kind'];
  channel: ResourceUse['channel'];
  occurred_at: string;
  rating: number | null;
  comment: string | null;
  account_id: string | null;
  account_name: string | null;
  contact_id: string | null;
  first_name: string | null;
  last_name: string | null;
};

export const presentUse = (r: UseListRow): ResourceUse => ({
  id: r.id,
  resourceId: r.resource_id,
  kind: r.kind,
  channel: r.channel,
  account: r.account_id ? { id: r.account_id, name: r.account_name ?? '' } : null,
  contact: r.contact_id
    ? { id: r.contact_id, name: [r.first_name, r.last_name].filter(Boolean).join(' ') }
    : null,
  occurredAt: r.occurred_at,
  rating: r.rating,
  comment: r.comment,
});

import type { ShareActivity, ShareLink } from '@trustcircle/contracts';
import type { Day } from '../../platform/dates.ts';
import { flag } from '../../platform/db/json.ts';
import { personRef } from '../users/index.ts';
import type { activityOfSubject, ShareLinkRow } from './repository.ts';
import { linkStatus } from './status.ts';

const contactName = (first: string | null, last: string | null) =>
  first ? (last ? `${first} ${last}` : first) : null;

const contactRef = (id: string | null, first: string | null, last: string | null) => {
  const name = contactName(first, last);
  return id && name ? { id, name } : null;
};

export const presentShareLink = (r: ShareLinkRow, today: Day): ShareLink => ({
  id: r.id,
  subject: { type: r.subject_type, id: r.subject_id },
  label: r.label,
  requireCode: flag(r.require_code),
  expiresOn: r.expires_on,
  contact: contactRef(r.contact_id, r.contact_first_name, r.contact_last_name),
  status: linkStatus(r, today),
  createdBy: personRef(r.created_by, r.created_by_name, r.created_by_email),
  createdAt: r.created_at,
  revokedAt: r.revoked_at,
  lastViewedAt: r.last_viewed_at,
  views: r.views,
  actions: r.actions,
});

type ActivityRow = Awaited<ReturnType<typeof activityOfSubject>>[number];

export const presentActivity = (r: ActivityRow): ShareActivity => ({
  id: r.id,
  linkId: r.link_id,
  kind: r.kind as ShareActivity['kind'],
  contact: contactRef(r.contact_id, r.contact_first_name, r.contact_last_name),
  detail: r.detail,
  at: r.at,
});

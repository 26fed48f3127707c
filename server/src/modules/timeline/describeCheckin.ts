import type { SystemEntry } from './describe.ts';
import { readableDay } from './readableDay.ts';

/** How check-ins and needs read on the timeline; undefined for events this file does not own. */
export const CHECKIN_TIMELINE_EVENTS = [
  'checkin.completed',
  'checkin.skipped',
  'need.created',
  'need.status_changed',
];

const s = (v: unknown) => (v === null || v === undefined ? '' : String(v));
const STATUS: Record<string, string> = {
  open: 'Open',
  being_addressed: 'Being addressed',
  met: 'Met',
  dropped: 'Dropped',
};
const HEARD: Record<string, string> = {
  checkin: 'at a check-in',
  survey: 'in a survey',
  support: 'through support',
  meeting: 'in a meeting',
  sales_handoff: 'at the sales hand-off',
  other: 'from the customer',
};
const status = (v: unknown) => STATUS[s(v)] ?? s(v);
const cap = (v: string) => `${v.charAt(0).toUpperCase()}${v.slice(1)}`;
const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

function completed(data: Record<string, unknown>): { title: string; body: string } {
  const attendees = (data.attendees as string[] | undefined) ?? [];
  const needs = Number(data.needsReassessed ?? 0);
  const fresh = (data.newNeeds as string[] | undefined) ?? [];
  const lines = [
    `Held on ${readableDay(data.heldOn)}${attendees.length ? ` with ${attendees.join(', ')}` : ''}. Sentiment: ${s(data.sentiment)}.`,
    ...(needs ? [`${plural(needs, 'need')} reassessed, ${Number(data.needsChanged ?? 0)} changed.`] : []),
    ...(fresh.length ? [`New needs: ${fresh.join('; ')}.`] : []),
    ...(data.notes ? ['', s(data.notes)] : []),
  ];
  return { title: 'Check-in held', body: lines.join('\n') };
}

export function describeCheckinEvent(
  type: string,
  data: Record<string, unknown>,
): SystemEntry | null | undefined {
  if (!CHECKIN_TIMELINE_EVENTS.includes(type)) return undefined;
  const accountId = s(data.accountId);
  if (!accountId) return null;
  const entry = (e: { title: string; body: string }) => ({ accountId, ...e, contactId: null });
  switch (type) {
    case 'checkin.completed':
      return entry(completed(data));
    case 'checkin.skipped':
      return entry({
        title: 'Check-in skipped',
        body: `The check-in of ${readableDay(data.scheduledOn)} did not happen.\nWhy: ${s(data.reason)}`,
      });
    case 'need.created':
      return entry({
        title: `Need: ${s(data.title)}`,
        body: `${cap(s(data.priority) || 'no')} priority, heard ${HEARD[s(data.source)] ?? `via ${s(data.source)}`}.`,
      });
    case 'need.status_changed':
      return entry({
        title: `Need ${status(data.to).toLowerCase()}: ${s(data.title)}`,
        body: `${status(data.from)} → ${status(data.to)}${data.note ? `\n${s(data.note)}` : ''}`,
      });
    default:
      return null;
  }
}

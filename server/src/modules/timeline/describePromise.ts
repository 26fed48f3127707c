import type { SystemEntry } from './describe.ts';
import { readableDay } from './readableDay.ts';

/** How the promise ledger's events read on the timeline; undefined for events it does not own. */
export const PROMISE_TIMELINE_EVENTS = [
  'promise.created',
  'promise.kept',
  'promise.late',
  'promise.broken',
  'promise.renegotiated',
  'promise.reopened',
  'promise.overdue',
  'account.handed_off',
];

const s = (v: unknown) => (v === null || v === undefined ? '' : String(v));
const quoted = (data: Record<string, unknown>) => `“${s(data.title)}”`;

export function describePromiseEvent(
  type: string,
  subjectId: string | null,
  data: Record<string, unknown>,
): SystemEntry | null | undefined {
  if (!PROMISE_TIMELINE_EVENTS.includes(type)) return undefined;
  if (type === 'account.handed_off') {
    if (!subjectId) return null;
    const promises = (data.promises as Array<{ title: string; dueOn: string }> | undefined) ?? [];
    const criteria = (data.successCriteria as string[] | undefined) ?? [];
    const lines = [
      s(data.summary),
      ...(promises.length
        ? [
            '',
            'Promised before the sale:',
            ...promises.map((p) => `• ${p.title} (due ${readableDay(p.dueOn)})`),
          ]
        : []),
      ...(criteria.length ? ['', 'Success criteria:', ...criteria.map((c) => `• ${c}`)] : []),
    ];
    return { accountId: subjectId, title: 'Sales hand-off', body: lines.join('\n'), contactId: null };
  }
  const accountId = s(data.accountId);
  if (!accountId) return null;
  const note = data.note ? `\n${s(data.note)}` : '';
  const entry = (title: string, body: string) => ({ accountId, title, body, contactId: null });
  switch (type) {
    case 'promise.created':
      return entry('Promise made', `${quoted(data)}, due ${readableDay(data.dueOn)}.`);
    case 'promise.kept':
      return entry(
        'Promise kept',
        `${quoted(data)} was delivered on ${readableDay(data.on)} (due ${readableDay(data.dueOn)}).${note}`,
      );
    case 'promise.late':
      return entry(
        'Promise kept late',
        `${quoted(data)} was delivered on ${readableDay(data.on)}, after its due day ${readableDay(data.dueOn)}.${note}`,
      );
    case 'promise.broken':
      return entry(
        'Promise broken',
        `${quoted(data)} (due ${readableDay(data.dueOn)}) will not be delivered.${note}`,
      );
    case 'promise.renegotiated':
      return entry(
        'Promise renegotiated',
        `${quoted(data)}: due ${readableDay(data.from)} → ${readableDay(data.to)}.${note}`,
      );
    case 'promise.reopened':
      return entry(
        'Promise reopened',
        `${quoted(data)} is open again (was ${readableDay(data.from)}).${note}`,
      );
    default:
      return entry(
        'Promise overdue',
        `${quoted(data)} was due ${readableDay(data.dueOn)} and is not delivered yet.`,
      );
  }
}

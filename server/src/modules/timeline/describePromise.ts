import type { SystemEntry } from './describe.ts';

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
const dayFormat = new Intl.DateTimeFormat('en-US', {
  month: 'short',
  day: 'numeric',
  year: 'numeric',
  timeZone: 'UTC',
});
/** "Dec 15, 2026" for a calendar day, the way the app shows dates. */
const d = (v: unknown) =>
  typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)
    ? dayFormat.format(new Date(`${v}T00:00:00Z`))
    : s(v);
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
        ? ['', 'Promised before the sale:', ...promises.map((p) => `• ${p.title} (due ${d(p.dueOn)})`)]
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
      return entry('Promise made', `${quoted(data)}, due ${d(data.dueOn)}.`);
    case 'promise.kept':
      return entry(
        'Promise kept',
        `${quoted(data)} was delivered on ${d(data.on)} (due ${d(data.dueOn)}).${note}`,
      );
    case 'promise.late':
      return entry(
        'Promise kept late',
        `${quoted(data)} was delivered on ${d(data.on)}, after its due day ${d(data.dueOn)}.${note}`,
      );
    case 'promise.broken':
      return entry('Promise broken', `${quoted(data)} (due ${d(data.dueOn)}) will not be delivered.${note}`);
    case 'promise.renegotiated':
      return entry('Promise renegotiated', `${quoted(data)}: due ${d(data.from)} → ${d(data.to)}.${note}`);
    case 'promise.reopened':
      return entry('Promise reopened', `${quoted(data)} is open again (was ${d(data.from)}).${note}`);
    default:
      return entry('Promise overdue', `${quoted(data)} was due ${d(data.dueOn)} and is not delivered yet.`);
  }
}

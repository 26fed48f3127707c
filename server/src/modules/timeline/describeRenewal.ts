import type { SystemEntry } from './describe.ts';
import { readableDay } from './readableDay.ts';

/** How a recorded renewal reads on the timeline; undefined for events this file does not own. */
export const RENEWAL_TIMELINE_EVENTS = ['account.renewed'];

const money = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

function timing(daysLate: unknown): string {
  if (typeof daysLate !== 'number') return '';
  if (daysLate === 0) return ', on its renewal date';
  return daysLate < 0 ? `, ${plural(-daysLate, 'day')} early` : `, ${plural(daysLate, 'day')} late`;
}

export function describeRenewalEvent(
  type: string,
  subjectId: string | null,
  data: Record<string, unknown>,
): SystemEntry | null | undefined {
  if (!RENEWAL_TIMELINE_EVENTS.includes(type)) return undefined;
  if (!subjectId) return null;
  const before = Number(data.arrBefore ?? 0);
  const after = Number(data.arrAfter ?? 0);
  const arr =
    after === before
      ? `ARR unchanged at ${money.format(after)}.`
      : `ARR ${money.format(before)} → ${money.format(after)} (${after > before ? '+' : ''}${money.format(after - before)}).`;
  const lines = [
    `Signed on ${readableDay(data.renewedOn)}${timing(data.daysLate)}. Next renewal: ${readableDay(data.nextRenewalDate)}.`,
    arr,
    ...(data.note ? ['', String(data.note)] : []),
  ];
  return {
    accountId: subjectId,
    title: `Renewed until ${readableDay(data.nextRenewalDate)}`,
    body: lines.join('\n'),
    contactId: null,
  };
}

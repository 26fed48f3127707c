import { formatDay } from '../../platform/dates.ts';

/** A calendar day in an event as people read it ("Dec 15, 2026"); anything else as it is. */
export const readableDay = (v: unknown): string =>
  typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)
    ? formatDay(v)
    : v === null || v === undefined
      ? ''
      : String(v);

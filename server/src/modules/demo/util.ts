export const DAY = 86_400_000;
export const daysFrom = (d: Date, days: number) => new Date(d.getTime() + days * DAY);
export const isoDate = (d: Date) => d.toISOString().slice(0, 10);

/** "Kuhn, Mraz and Grant" → "kuhn-mraz-and-grant": domains and email local parts. */
export const slug = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** A customer stays in onboarding (the trial zone) about six weeks after the purchase. */
export const ONBOARDING_DAYS = 42;

/** Calendar days as `YYYY-MM-DD`, shifted by whole days. */
export const addDay = (day: string, n: number) => isoDate(daysFrom(new Date(`${day}T00:00:00Z`), n));

/** An instant on a day, at an hour UTC (10:00 is that same day from UTC−10 to UTC+13). */
export const dayAt = (day: string, hour = 12) => new Date(`${day}T${String(hour).padStart(2, '0')}:00:00Z`);

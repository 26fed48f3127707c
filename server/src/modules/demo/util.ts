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

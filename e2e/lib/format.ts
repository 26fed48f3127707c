/** "Dec 15, 2026": a calendar day as the app writes it (its own format, in UTC days). */
export const readableDay = (d: string): string =>
  new Intl.DateTimeFormat('en-US', {
    month: 'short',
    day: 'numeric',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${d}T00:00:00Z`));

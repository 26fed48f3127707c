import dayjs from 'dayjs';
import relativeTime from 'dayjs/plugin/relativeTime';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';

dayjs.extend(relativeTime);
dayjs.extend(utc);
dayjs.extend(timezone);

const moneyFormats = new Map<string, Intl.NumberFormat>();

/** "$120,000" in the workspace currency; whole units unless the amount has cents. */
export function formatMoney(amount: number | null | undefined, currency: string): string {
  if (amount === null || amount === undefined) return '—';
  const cents = !Number.isInteger(amount);
  const key = `${currency}:${cents}`;
  let f = moneyFormats.get(key);
  if (!f) {
    try {
      f = new Intl.NumberFormat(undefined, {
        style: 'currency',
        currency,
        maximumFractionDigits: cents ? 2 : 0,
        minimumFractionDigits: cents ? 2 : 0,
      });
    } catch {
      f = new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 });
    }
    moneyFormats.set(key, f);
  }
  return f.format(amount);
}

/** "$1.2M" for tight spaces such as table cells on phones. */
export function formatMoneyCompact(amount: number | null | undefined, currency: string): string {
  if (amount === null || amount === undefined) return '—';
  try {
    return new Intl.NumberFormat(undefined, {
      style: 'currency',
      currency,
      notation: 'compact',
      maximumFractionDigits: 1,
    }).format(amount);
  } catch {
    return String(amount);
  }
}

/** "Mar 4, 2027" for a calendar date (YYYY-MM-DD): no time zone shifts. */
export function formatDate(date: string | null | undefined): string {
  if (!date) return '—';
  return dayjs(date).format('MMM D, YYYY');
}

/** "Mar 4, 2027, 14:05" for an instant, in the workspace time zone when one is given. */
export function formatDateTime(iso: string | null | undefined, tz?: string): string {
  if (!iso) return '—';
  const d = tz ? safeTz(iso, tz) : dayjs(iso);
  return d.format('MMM D, YYYY, HH:mm');
}

function safeTz(iso: string, tz: string) {
  try {
    return dayjs(iso).tz(tz);
  } catch {
    return dayjs(iso);
  }
}

/** "3 hours ago" */
export const fromNow = (iso: string | null | undefined): string => (iso ? dayjs(iso).fromNow() : '—');

/** "decision_maker" → "Decision maker" */
export const humanize = (value: string): string => {
  const s = value.replace(/_/g, ' ');
  return s.charAt(0).toUpperCase() + s.slice(1);
};

export const initials = (name: string): string =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((p) => p.charAt(0).toUpperCase())
    .join('');

export { dayjs };

/** "$" for USD, "€" for EUR: the symbol shown inside money inputs. */
export function currencySymbol(currency: string): string {
  try {
    const part = new Intl.NumberFormat(undefined, { style: 'currency', currency })
      .formatToParts(0)
      .find((p) => p.type === 'currency');
    return part?.value ?? currency;
  } catch {
    return currency;
  }
}

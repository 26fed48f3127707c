import type { Day } from '../../platform/dates.ts';
import { fieldError } from '../../platform/errors.ts';

/** Bad input about one field or list item, said the way parseInput says it. */
export const badItem = fieldError;

/** A check-in is planned for today or later; a day already gone is a typo. */
export function notBeforeToday(path: string, day: Day, today: Day) {
  if (day < today) throw badItem(path, `must be today (${today}) or later`);
}

/** A check-in cannot have been held on a day still to come. */
export function notAfterToday(path: string, day: Day, today: Day) {
  if (day > today) throw badItem(path, `must not be after today (${today})`);
}

import { formatDay } from '../../platform/dates.ts';
import { fieldError } from '../../platform/errors.ts';

/**
 * A renewal comes after the contract it renews started: a renewal date on or before the
 * contract start is a typing slip, and would make the account read as renewed before it began.
 */
export function assertContractDates(contractStart: string | null, renewalDate: string | null) {
  if (contractStart && renewalDate && renewalDate <= contractStart)
    throw fieldError('renewalDate', `must come after the contract start, ${formatDay(contractStart)}`);
}

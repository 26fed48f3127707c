import type { Renewal } from '@trustcircle/contracts';
import { daysBetween } from '../../platform/dates.ts';
import { fromCents } from '../accounts/index.ts';
import { personRef } from '../users/index.ts';
import type { RenewalRow } from './repository.ts';

export const presentRenewal = (r: RenewalRow): Renewal => ({
  id: r.id,
  accountId: r.account_id,
  renewedOn: r.renewed_on,
  previousRenewalDate: r.previous_renewal_date,
  nextRenewalDate: r.next_renewal_date,
  termMonths: r.term_months,
  arrBefore: fromCents(Number(r.arr_before_cents)),
  arrAfter: fromCents(Number(r.arr_after_cents)),
  daysLate: r.previous_renewal_date ? daysBetween(r.previous_renewal_date, r.renewed_on) : null,
  note: r.note,
  recordedBy: personRef(r.created_by, r.recorded_by_name, r.recorded_by_email),
  createdAt: r.created_at,
});

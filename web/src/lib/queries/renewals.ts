import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Renewal, RenewalInput, RenewalList } from '@trustcircle/contracts';
import { api } from '../api.ts';
import { accountKeys } from './accounts.ts';

export const renewalKeys = { of: (accountId: string) => ['renewals', accountId] as const };

export function useRenewals(accountId: string) {
  return useQuery({
    queryKey: renewalKeys.of(accountId),
    queryFn: () => api.get<RenewalList>(`/accounts/${accountId}/renewals`),
  });
}

/** Records a signed renewal: the account's date, ARR and phase move with it. */
export function useRecordRenewal(accountId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: RenewalInput) => api.post<Renewal>(`/accounts/${accountId}/renewals`, input),
    onSuccess: () => {
      for (const key of [
        accountKeys.detail(accountId),
        ['accounts', 'list'],
        renewalKeys.of(accountId),
        ['stage-history', accountId],
        ['timeline', accountId],
        ['funnel'],
      ])
        void qc.invalidateQueries({ queryKey: key });
    },
  });
}

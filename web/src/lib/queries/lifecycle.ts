import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Funnel, StageChange, StageChangeInput, StageHistory } from '@trustcircle/contracts';
import { api } from '../api.ts';
import { accountKeys } from './accounts.ts';

export function useStageHistory(accountId: string) {
  return useQuery({
    queryKey: ['stage-history', accountId],
    queryFn: () => api.get<StageHistory>(`/accounts/${accountId}/stage-history`),
  });
}

export function useChangeStage(accountId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: StageChangeInput) => api.post<StageChange>(`/accounts/${accountId}/stage`, input),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: accountKeys.detail(accountId) });
      void qc.invalidateQueries({ queryKey: ['accounts', 'list'] });
      void qc.invalidateQueries({ queryKey: ['stage-history', accountId] });
      void qc.invalidateQueries({ queryKey: ['timeline', accountId] });
      void qc.invalidateQueries({ queryKey: ['funnel'] });
    },
  });
}

export function useFunnel(from: string, to: string) {
  return useQuery({
    queryKey: ['funnel', from, to],
    queryFn: () => api.get<Funnel>('/reports/funnel', { from, to }),
    placeholderData: keepPreviousData,
  });
}

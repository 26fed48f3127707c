import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  HandoffInput,
  HandoffResult,
  PromiseCreate,
  PromiseHistory,
  PromiseItem,
  PromiseListQuery,
  PromisePage,
  PromiseRenegotiate,
  PromiseResolve,
  PromiseStats,
  PromiseStatsQuery,
  PromiseUpdate,
} from '@trustcircle/contracts';
import { api, type Query } from '../api.ts';
import { accountKeys } from './accounts.ts';

export const promiseKeys = {
  all: ['promises'] as const,
  list: (q: PromiseListQuery) => ['promises', 'list', q] as const,
  stats: (q: PromiseStatsQuery) => ['promises', 'stats', q] as const,
  history: (id: string) => ['promises', 'history', id] as const,
};

export function usePromises(query: PromiseListQuery) {
  return useQuery({
    queryKey: promiseKeys.list(query),
    queryFn: () => api.get<PromisePage>('/promises', query as Query),
    placeholderData: keepPreviousData,
  });
}

export function usePromiseStats(query: PromiseStatsQuery) {
  return useQuery({
    queryKey: promiseKeys.stats(query),
    queryFn: () => api.get<PromiseStats>('/promises/stats', query as Query),
    placeholderData: keepPreviousData,
  });
}

export function usePromiseHistory(id: string | null) {
  return useQuery({
    queryKey: promiseKeys.history(id ?? ''),
    queryFn: () => api.get<PromiseHistory>(`/promises/${id}/history`),
    enabled: !!id,
  });
}

/** Anything that changes a promise refreshes the ledger, its rates, my work and the timeline. */
function usePromiseMutation<I>(fn: (input: I) => Promise<PromiseItem>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (p) => {
      void qc.invalidateQueries({ queryKey: promiseKeys.all });
      void qc.invalidateQueries({ queryKey: ['my-work'] });
      void qc.invalidateQueries({ queryKey: ['timeline', p.account.id] });
    },
  });
}

export const useCreatePromise = () =>
  usePromiseMutation((input: PromiseCreate) => api.post<PromiseItem>('/promises', input));
export const useUpdatePromise = (id: string) =>
  usePromiseMutation((input: PromiseUpdate) => api.patch<PromiseItem>(`/promises/${id}`, input));
export const useResolvePromise = (id: string) =>
  usePromiseMutation((input: PromiseResolve) => api.post<PromiseItem>(`/promises/${id}/resolve`, input));
export const useRenegotiatePromise = (id: string) =>
  usePromiseMutation((input: PromiseRenegotiate) =>
    api.post<PromiseItem>(`/promises/${id}/renegotiate`, input),
  );
export const useReopenPromise = (id: string) =>
  usePromiseMutation((input: { note: string }) => api.post<PromiseItem>(`/promises/${id}/reopen`, input));

export function useDeletePromise() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/promises/${id}`),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: promiseKeys.all });
      void qc.invalidateQueries({ queryKey: ['my-work'] });
    },
  });
}

export function useHandOff(accountId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: HandoffInput) => api.post<HandoffResult>(`/accounts/${accountId}/handoff`, input),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: accountKeys.detail(accountId) });
      void qc.invalidateQueries({ queryKey: ['accounts', 'list'] });
      void qc.invalidateQueries({ queryKey: ['stage-history', accountId] });
      void qc.invalidateQueries({ queryKey: ['timeline', accountId] });
      void qc.invalidateQueries({ queryKey: promiseKeys.all });
      void qc.invalidateQueries({ queryKey: ['needs'] });
      void qc.invalidateQueries({ queryKey: ['my-work'] });
    },
  });
}

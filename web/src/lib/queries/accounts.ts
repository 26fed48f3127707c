import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  Account,
  AccountCreate,
  AccountPage,
  AccountSort,
  AccountUpdate,
  Phase,
  Stage,
  Tier,
} from '@trustcircle/contracts';
import { api } from '../api.ts';

export type AccountFilters = {
  q?: string;
  stage?: Stage[];
  phase?: Phase[];
  tier?: Tier[];
  ownerId?: string;
  tag?: string;
  renewalBefore?: string;
  /** no product events in this many days, or never */
  inactiveDays?: number;
  minActiveUsers30d?: number;
  sort?: AccountSort;
};

export const accountKeys = {
  all: ['accounts'] as const,
  list: (filters: AccountFilters, cursor: string | null, limit: number) =>
    ['accounts', 'list', filters, cursor, limit] as const,
  detail: (id: string) => ['accounts', 'detail', id] as const,
};

export function useAccounts(filters: AccountFilters, cursor: string | null, limit = 25) {
  return useQuery({
    queryKey: accountKeys.list(filters, cursor, limit),
    queryFn: () =>
      api.get<AccountPage>('/accounts', {
        ...filters,
        cursor: cursor ?? undefined,
        limit,
        count: true,
      }),
    placeholderData: keepPreviousData,
  });
}

export function useAccount(id: string, enabled = true) {
  const qc = useQueryClient();
  return useQuery({
    queryKey: accountKeys.detail(id),
    queryFn: () => api.get<Account>(`/accounts/${id}`),
    enabled: enabled && id !== '',
    // A row from the list shows the header at once while the fresh copy loads.
    placeholderData: () => {
      for (const [, page] of qc.getQueriesData<AccountPage>({ queryKey: ['accounts', 'list'] })) {
        const hit = page?.data.find((a) => a.id === id);
        if (hit) return hit;
      }
      return undefined;
    },
  });
}

/** Accounts by name, for pickers (at most 20). */
export function useAccountSearch(q: string) {
  return useQuery({
    queryKey: ['accounts', 'search', q],
    queryFn: () => api.get<AccountPage>('/accounts', { q, limit: 20, sort: 'name' }),
    placeholderData: keepPreviousData,
  });
}

export function useCreateAccount() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: AccountCreate) => api.post<Account>('/accounts', input),
    onSuccess: (account) => {
      qc.setQueryData(accountKeys.detail(account.id), account);
      void qc.invalidateQueries({ queryKey: accountKeys.all });
    },
  });
}

export function useUpdateAccount(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: AccountUpdate) => api.patch<Account>(`/accounts/${id}`, input),
    onSuccess: (account) => {
      qc.setQueryData(accountKeys.detail(id), account);
      void qc.invalidateQueries({ queryKey: ['accounts', 'list'] });
      void qc.invalidateQueries({ queryKey: ['timeline', id] });
    },
  });
}

export function useDeleteAccount() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/accounts/${id}`),
    onSuccess: (_, id) => {
      qc.removeQueries({ queryKey: accountKeys.detail(id) });
      void qc.invalidateQueries({ queryKey: accountKeys.all });
      void qc.invalidateQueries({ queryKey: ['contacts'] });
    },
  });
}

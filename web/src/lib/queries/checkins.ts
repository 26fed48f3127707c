import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AccountCadence,
  AccountCadenceSet,
  Checkin,
  CheckinCadenceDefaults,
  CheckinCadenceDefaultsUpdate,
  CheckinCompletion,
  CheckinListQuery,
  CheckinPage,
  CheckinPrep,
  CheckinSchedule,
  CheckinSkip,
  CheckinUpdate,
  CompletedCheckin,
  Need,
  NeedCreate,
  NeedHistory,
  NeedListQuery,
  NeedPage,
  NeedUpdate,
  SkippedCheckin,
} from '@trustcircle/contracts';
import { api, type Query } from '../api.ts';

export const checkinKeys = {
  all: ['checkins'] as const,
  list: (q: CheckinListQuery) => ['checkins', 'list', q] as const,
  prep: (id: string) => ['checkins', 'prep', id] as const,
  cadence: (accountId: string) => ['checkins', 'cadence', accountId] as const,
  defaults: ['checkins', 'defaults'] as const,
};

export const needKeys = {
  all: ['needs'] as const,
  list: (q: NeedListQuery) => ['needs', 'list', q] as const,
  history: (id: string) => ['needs', 'history', id] as const,
};

export function useCheckins(query: CheckinListQuery, enabled = true) {
  return useQuery({
    queryKey: checkinKeys.list(query),
    queryFn: () => api.get<CheckinPage>('/checkins', query as Query),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useCheckinPrep(id: string | null) {
  return useQuery({
    queryKey: checkinKeys.prep(id ?? ''),
    queryFn: () => api.get<CheckinPrep>(`/checkins/${id}/prep`),
    enabled: !!id,
  });
}

export function useAccountCadence(accountId: string) {
  return useQuery({
    queryKey: checkinKeys.cadence(accountId),
    queryFn: () => api.get<AccountCadence>(`/accounts/${accountId}/checkin-cadence`),
  });
}

export function useCadenceDefaults() {
  return useQuery({
    queryKey: checkinKeys.defaults,
    queryFn: () => api.get<CheckinCadenceDefaults>('/settings/checkin-cadence'),
  });
}

export function useNeeds(query: NeedListQuery) {
  return useQuery({
    queryKey: needKeys.list(query),
    queryFn: () => api.get<NeedPage>('/needs', query as Query),
    placeholderData: keepPreviousData,
  });
}

export function useNeedHistory(id: string | null) {
  return useQuery({
    queryKey: needKeys.history(id ?? ''),
    queryFn: () => api.get<NeedHistory>(`/needs/${id}/history`),
    enabled: !!id,
  });
}

/**
 * Check-ins and needs change together (a check-in reassesses needs), and both show up on my
 * work and the timeline; completing one also clears rapport flags. One refresh covers it all.
 */
function useWorkChanged() {
  const qc = useQueryClient();
  return (accountId?: string) => {
    void qc.invalidateQueries({ queryKey: checkinKeys.all });
    void qc.invalidateQueries({ queryKey: needKeys.all });
    void qc.invalidateQueries({ queryKey: ['my-work'] });
    if (accountId) void qc.invalidateQueries({ queryKey: ['timeline', accountId] });
  };
}

function useWorkMutation<I, O>(fn: (input: I) => Promise<O>, accountOf: (out: O) => string | undefined) {
  const changed = useWorkChanged();
  return useMutation({ mutationFn: fn, onSuccess: (out) => changed(accountOf(out)) });
}

const checkinAccount = (c: Checkin) => c.account.id;

export const useScheduleCheckin = () =>
  useWorkMutation((input: CheckinSchedule) => api.post<Checkin>('/checkins', input), checkinAccount);

export const useUpdateCheckin = (id: string) =>
  useWorkMutation((input: CheckinUpdate) => api.patch<Checkin>(`/checkins/${id}`, input), checkinAccount);

export const useSkipCheckin = (id: string) =>
  useWorkMutation(
    (input: CheckinSkip) => api.post<SkippedCheckin>(`/checkins/${id}/skip`, input),
    (r) => r.checkin.account.id,
  );

export function useCompleteCheckin(id: string) {
  const changed = useWorkChanged();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: CheckinCompletion) => api.post<CompletedCheckin>(`/checkins/${id}/complete`, input),
    onSuccess: (r) => {
      changed(r.checkin.account.id);
      void qc.invalidateQueries({ queryKey: ['rapport'] });
      void qc.invalidateQueries({ queryKey: ['contacts'] });
    },
  });
}

export const useSetAccountCadence = (accountId: string) =>
  useWorkMutation(
    (input: AccountCadenceSet) => api.patch<AccountCadence>(`/accounts/${accountId}/checkin-cadence`, input),
    (r) => r.accountId,
  );

export function useSetCadenceDefaults() {
  const changed = useWorkChanged();
  return useMutation({
    mutationFn: (input: CheckinCadenceDefaultsUpdate) =>
      api.patch<CheckinCadenceDefaults>('/settings/checkin-cadence', input),
    onSuccess: () => changed(),
  });
}

const needAccount = (n: Need) => n.account.id;

export const useCreateNeed = () =>
  useWorkMutation((input: NeedCreate) => api.post<Need>('/needs', input), needAccount);

export const useUpdateNeed = (id: string) =>
  useWorkMutation((input: NeedUpdate) => api.patch<Need>(`/needs/${id}`, input), needAccount);

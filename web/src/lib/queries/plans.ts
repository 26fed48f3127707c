import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AccountPlanAccountability,
  Plan,
  PlanAccountability,
  PlanComment,
  PlanCommentCreate,
  PlanCreate,
  PlanMilestone,
  PlanMilestoneCreate,
  PlanMilestoneUpdate,
  PlanPage,
  PlanTask,
  PlanTaskCreate,
  PlanTaskUpdate,
  PlanUpdate,
  ShareActivityList,
  ShareLinkCreate,
  ShareLinkCreated,
  ShareLinks,
} from '@trustcircle/contracts';
import { api, apiPath } from '../api.ts';

export const planKeys = {
  all: ['plans'] as const,
  list: (accountId: string) => ['plans', 'list', accountId] as const,
  detail: (id: string) => ['plans', 'detail', id] as const,
  accountability: (id: string) => ['plans', 'accountability', id] as const,
  accountAccountability: (accountId: string) => ['plans', 'account-accountability', accountId] as const,
  comments: (taskId: string) => ['plans', 'comments', taskId] as const,
  shareLinks: (planId: string) => ['share-links', planId] as const,
  shareActivity: (planId: string) => ['share-activity', planId] as const,
};

/** An account's plans, newest first (an account has a handful; one page holds them all). */
export function useAccountPlans(accountId: string) {
  return useQuery({
    queryKey: planKeys.list(accountId),
    queryFn: () => api.get<PlanPage>('/plans', { accountId, limit: 200 }),
  });
}

/** Several plans in full, for their health and progress on the account's list. */
export function usePlanDetails(ids: string[]) {
  return useQueries({
    queries: ids.map((id) => ({
      queryKey: planKeys.detail(id),
      queryFn: () => api.get<Plan>(`/plans/${id}`),
    })),
  });
}

export function usePlan(id: string) {
  return useQuery({ queryKey: planKeys.detail(id), queryFn: () => api.get<Plan>(`/plans/${id}`) });
}

export function usePlanAccountability(id: string) {
  return useQuery({
    queryKey: planKeys.accountability(id),
    queryFn: () => api.get<PlanAccountability>(`/plans/${id}/accountability`),
  });
}

/** Several plans' own accountability figures, as each plan's page shows them. */
export function usePlanAccountabilities(ids: string[]) {
  return useQueries({
    queries: ids.map((id) => ({
      queryKey: planKeys.accountability(id),
      queryFn: () => api.get<PlanAccountability>(`/plans/${id}/accountability`),
    })),
  });
}

export function useAccountPlanAccountability(accountId: string) {
  return useQuery({
    queryKey: planKeys.accountAccountability(accountId),
    queryFn: () => api.get<AccountPlanAccountability>(`/accounts/${accountId}/plan-accountability`),
  });
}

export function usePlanComments(planId: string, taskId: string, enabled: boolean) {
  return useQuery({
    queryKey: planKeys.comments(taskId),
    queryFn: () => api.get<{ data: PlanComment[] }>(`/plans/${planId}/tasks/${taskId}/comments`),
    enabled,
  });
}

/** Where the browser downloads a plan as CSV (the session cookie goes with it). */
export const planCsvUrl = (planId: string) => apiPath(`/plans/${planId}/export.csv`);

/**
 * Anything that changes a plan can move its health, both sides' figures, milestones, the
 * account's list and timeline, and "my work": all of it is refreshed.
 */
function usePlanChanged() {
  const qc = useQueryClient();
  return (accountId?: string) => {
    void qc.invalidateQueries({ queryKey: planKeys.all });
    void qc.invalidateQueries({ queryKey: ['my-work'] });
    if (accountId) void qc.invalidateQueries({ queryKey: ['timeline', accountId] });
  };
}

export function useCreatePlan() {
  const changed = usePlanChanged();
  return useMutation({
    mutationFn: (input: PlanCreate) => api.post<Plan>('/plans', input),
    onSuccess: (p) => changed(p.account.id),
  });
}

export function useUpdatePlan(plan: Pick<Plan, 'id' | 'account'>) {
  const changed = usePlanChanged();
  return useMutation({
    mutationFn: (input: PlanUpdate) => api.patch<Plan>(`/plans/${plan.id}`, input),
    onSuccess: () => changed(plan.account.id),
  });
}

/** The mutations of one plan's tasks, milestones and comments. */
export function usePlanEdits(plan: Pick<Plan, 'id' | 'account'>) {
  const changed = usePlanChanged();
  const done = { onSuccess: () => changed(plan.account.id) };
  const base = `/plans/${plan.id}`;
  return {
    addTask: useMutation({
      mutationFn: (input: PlanTaskCreate) => api.post<PlanTask>(`${base}/tasks`, input),
      ...done,
    }),
    updateTask: useMutation({
      mutationFn: ({ id, ...input }: PlanTaskUpdate & { id: string }) =>
        api.patch<PlanTask>(`${base}/tasks/${id}`, input),
      ...done,
    }),
    deleteTask: useMutation({ mutationFn: (id: string) => api.delete(`${base}/tasks/${id}`), ...done }),
    addMilestone: useMutation({
      mutationFn: (input: PlanMilestoneCreate) => api.post<PlanMilestone>(`${base}/milestones`, input),
      ...done,
    }),
    updateMilestone: useMutation({
      mutationFn: ({ id, ...input }: PlanMilestoneUpdate & { id: string }) =>
        api.patch<PlanMilestone>(`${base}/milestones/${id}`, input),
      ...done,
    }),
    deleteMilestone: useMutation({
      mutationFn: (id: string) => api.delete(`${base}/milestones/${id}`),
      ...done,
    }),
    completeMilestone: useMutation({
      mutationFn: ({ id, reopen }: { id: string; reopen: boolean }) =>
        api.post<PlanMilestone>(`${base}/milestones/${id}/${reopen ? 'reopen' : 'complete'}`),
      ...done,
    }),
  };
}

export function useAddPlanComment(planId: string, taskId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: PlanCommentCreate) =>
      api.post<PlanComment>(`/plans/${planId}/tasks/${taskId}/comments`, input),
    onSuccess: () => void qc.invalidateQueries({ queryKey: planKeys.comments(taskId) }),
  });
}

// Share links: the customer's way into a plan (see packages/contracts/src/shareLinks.ts).

export function useShareLinks(planId: string, enabled = true) {
  return useQuery({
    queryKey: planKeys.shareLinks(planId),
    queryFn: () => api.get<ShareLinks>(`/plans/${planId}/share-links`),
    enabled,
    retry: false,
  });
}

export function useShareActivity(planId: string, enabled = true) {
  return useQuery({
    queryKey: planKeys.shareActivity(planId),
    queryFn: () => api.get<ShareActivityList>(`/plans/${planId}/share-activity`),
    enabled,
    retry: false,
  });
}

export function useCreateShareLink(planId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: ShareLinkCreate) => api.post<ShareLinkCreated>(`/plans/${planId}/share-links`, input),
    onSuccess: () => void qc.invalidateQueries({ queryKey: planKeys.shareLinks(planId) }),
  });
}

export function useRevokeShareLink(planId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/share-links/${id}`),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: planKeys.shareLinks(planId) });
      void qc.invalidateQueries({ queryKey: planKeys.shareActivity(planId) });
    },
  });
}

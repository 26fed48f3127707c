import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  LifecycleRule,
  LifecycleRuleCreate,
  LifecycleRuleDraft,
  LifecycleRuleList,
  LifecycleRulePreview,
  LifecycleRuleRun,
  LifecycleRuleUpdate,
} from '@trustcircle/contracts';
import { api } from '../api.ts';

export const ruleKeys = {
  all: ['lifecycle-rules'] as const,
  list: ['lifecycle-rules', 'list'] as const,
  preview: (id: string) => ['lifecycle-rules', 'preview', id] as const,
};

export function useLifecycleRules() {
  return useQuery({ queryKey: ruleKeys.list, queryFn: () => api.get<LifecycleRuleList>('/lifecycle-rules') });
}

/** What a saved rule would move now; fetched when asked for, never cached for long. */
export function useRulePreview(id: string, enabled: boolean) {
  return useQuery({
    queryKey: ruleKeys.preview(id),
    queryFn: () => api.get<LifecycleRulePreview>(`/lifecycle-rules/${id}/preview`),
    enabled,
    staleTime: 0,
  });
}

/** What a rule not saved yet would move now. */
export function usePreviewDraft() {
  return useMutation({
    mutationFn: (draft: LifecycleRuleDraft) =>
      api.post<LifecycleRulePreview>('/lifecycle-rules/preview', draft),
  });
}

export function useCreateRule() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: LifecycleRuleCreate) => api.post<LifecycleRule>('/lifecycle-rules', input),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ruleKeys.all }),
  });
}

export function useUpdateRule() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...input }: LifecycleRuleUpdate & { id: string }) =>
      api.patch<LifecycleRule>(`/lifecycle-rules/${id}`, input),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ruleKeys.all }),
  });
}

export function useDeleteRule() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/lifecycle-rules/${id}`),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ruleKeys.all }),
  });
}

/** Applies one enabled rule now; moved accounts change everywhere they are shown. */
export function useApplyRule() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post<LifecycleRuleRun>(`/lifecycle-rules/${id}/apply`),
    onSuccess: (run) => {
      void qc.invalidateQueries({ queryKey: ruleKeys.all });
      if (run.moved === 0) return;
      void qc.invalidateQueries({ queryKey: ['accounts'] });
      void qc.invalidateQueries({ queryKey: ['stage-history'] });
      void qc.invalidateQueries({ queryKey: ['timeline'] });
      void qc.invalidateQueries({ queryKey: ['funnel'] });
    },
  });
}

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  Plan,
  PlanFromTemplate,
  PlanTemplate,
  PlanTemplateCreate,
  PlanTemplates,
  PlanTemplateUpdate,
} from '@trustcircle/contracts';
import { api } from '../api.ts';

export const planTemplateKeys = {
  all: ['plan-templates'] as const,
  list: (archived: boolean) => ['plan-templates', 'list', archived] as const,
};

/** The workspace's plan templates by name; with `archived`, the archived ones after them. */
export function usePlanTemplates({ archived = false }: { archived?: boolean } = {}) {
  return useQuery({
    queryKey: planTemplateKeys.list(archived),
    queryFn: () => api.get<PlanTemplates>('/plan-templates', { archived }),
  });
}

export function useCreatePlanTemplate() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: PlanTemplateCreate) => api.post<PlanTemplate>('/plan-templates', input),
    onSuccess: () => void qc.invalidateQueries({ queryKey: planTemplateKeys.all }),
  });
}

/** Edits a template; `{ archived: false }` restores an archived one. */
export function useUpdatePlanTemplate() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...input }: PlanTemplateUpdate & { id: string }) =>
      api.patch<PlanTemplate>(`/plan-templates/${id}`, input),
    onSuccess: () => void qc.invalidateQueries({ queryKey: planTemplateKeys.all }),
  });
}

/** Archives a template: it starts no more plans; the plans it started stay as they are. */
export function useArchivePlanTemplate() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/plan-templates/${id}`),
    onSuccess: () => void qc.invalidateQueries({ queryKey: planTemplateKeys.all }),
  });
}

/** Starts a plan for an account from a template (for "Start from template" on the plan pages). */
export function useStartPlanFromTemplate() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: PlanFromTemplate) => api.post<Plan>('/plans/from-template', input),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['plans'] });
      void qc.invalidateQueries({ queryKey: ['timeline'] });
    },
  });
}

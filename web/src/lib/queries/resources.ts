import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AccountResourceSummary,
  Resource,
  ResourceCreate,
  ResourceUpdate,
  ResourceUse,
  ResourceUseCreate,
  SeminarImportReport,
} from '@trustcircle/contracts';
import { api } from '../api.ts';

type List<T> = { data: T[] };
type Page<T> = { data: T[]; nextCursor: string | null };

export const resourceKeys = {
  all: ['resources'] as const,
  list: (archived: boolean) => ['resources', 'list', archived] as const,
  detail: (id: string) => ['resources', 'detail', id] as const,
  uses: (id: string, accountId: string | null) => ['resources', 'uses', id, accountId] as const,
  account: (accountId: string) => ['resources', 'account', accountId] as const,
};

/** The catalog: active resources, or the archived ones. */
export function useResources(archived = false, enabled = true) {
  return useQuery({
    queryKey: resourceKeys.list(archived),
    queryFn: () => api.get<List<Resource>>('/resources', { archived }),
    enabled,
  });
}

export function useResource(id: string) {
  const qc = useQueryClient();
  return useQuery({
    queryKey: resourceKeys.detail(id),
    queryFn: () => api.get<Resource>(`/resources/${id}`),
    // A row from the catalog shows the header at once while the fresh copy loads.
    placeholderData: () => {
      for (const [, list] of qc.getQueriesData<List<Resource>>({ queryKey: ['resources', 'list'] })) {
        const hit = list?.data.find((r) => r.id === id);
        if (hit) return hit;
      }
      return undefined;
    },
  });
}

/** Uses of one resource, newest first, optionally of one account. */
export function useResourceUses(resourceId: string, accountId: string | null) {
  return useInfiniteQuery({
    queryKey: resourceKeys.uses(resourceId, accountId),
    queryFn: ({ pageParam }) =>
      api.get<Page<ResourceUse>>(`/resources/${resourceId}/uses`, {
        cursor: pageParam ?? undefined,
        limit: 25,
        accountId: accountId ?? undefined,
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    staleTime: 5_000,
  });
}

/** Which help an account used, and which it never touched. */
export function useAccountResources(accountId: string) {
  return useQuery({
    queryKey: resourceKeys.account(accountId),
    queryFn: () => api.get<AccountResourceSummary>(`/accounts/${accountId}/resources`),
  });
}

/** Every figure (catalog, resource pages, account tabs) follows from the uses: refresh them all. */
function useResourcesChanged() {
  const qc = useQueryClient();
  return () => void qc.invalidateQueries({ queryKey: resourceKeys.all });
}

export function useCreateResource() {
  const qc = useQueryClient();
  const changed = useResourcesChanged();
  return useMutation({
    mutationFn: (input: ResourceCreate) => api.post<Resource>('/resources', input),
    onSuccess: (resource) => {
      qc.setQueryData(resourceKeys.detail(resource.id), resource);
      changed();
    },
  });
}

export function useUpdateResource(id: string) {
  const qc = useQueryClient();
  const changed = useResourcesChanged();
  return useMutation({
    mutationFn: (input: ResourceUpdate) => api.patch<Resource>(`/resources/${id}`, input),
    onSuccess: (resource) => {
      qc.setQueryData(resourceKeys.detail(id), resource);
      changed();
    },
  });
}

export function useRecordResourceUse() {
  const changed = useResourcesChanged();
  return useMutation({
    mutationFn: ({ resourceId, input }: { resourceId: string; input: ResourceUseCreate }) =>
      api.post<{ recorded: boolean }>(`/resources/${resourceId}/uses`, input),
    onSuccess: changed,
  });
}

/** Seminar registrations and attendance from a CSV file (email, status, date). */
export function useImportAttendance(resourceId: string) {
  const changed = useResourcesChanged();
  return useMutation({
    mutationFn: (csv: string | Blob) =>
      api.upload<SeminarImportReport>(`/resources/${resourceId}/attendance`, csv, 'text/csv'),
    onSuccess: changed,
  });
}

/** "Was this helpful?" for a use already recorded, say, asked at the end of a call. */
export function useRateResourceUse() {
  const changed = useResourcesChanged();
  return useMutation({
    mutationFn: ({ useId, rating, comment }: { useId: string; rating: number; comment?: string | null }) =>
      api.post<void>(`/resource-uses/${useId}/rating`, { rating, comment: comment ?? null }),
    onSuccess: changed,
  });
}

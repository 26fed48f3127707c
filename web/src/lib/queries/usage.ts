import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import type {
  AccountUsage,
  Feature,
  FeatureCreate,
  IngestionWarningPage,
  Source,
  SourceCreate,
} from '@trustcircle/contracts';
import { api } from '../api.ts';

type List<T> = { data: T[] };

/** Event sources and their write keys (admins only, so callers say when to ask). */
export function useSources(enabled: boolean) {
  return useQuery({
    queryKey: ['sources'],
    queryFn: () => api.get<List<Source>>('/sources'),
    enabled,
  });
}

export function useCreateSource() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: SourceCreate) => api.post<Source>('/sources', input),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['sources'] }),
  });
}

export function useRevokeSource() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/sources/${id}`),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['sources'] }),
  });
}

/** Rejected events, newest first, optionally of one source. */
export function useIngestionWarnings(sourceId: string | null) {
  return useInfiniteQuery({
    queryKey: ['ingestion', 'warnings', sourceId],
    queryFn: ({ pageParam }) =>
      api.get<IngestionWarningPage>('/ingestion/warnings', {
        cursor: pageParam ?? undefined,
        limit: 50,
        sourceId: sourceId ?? undefined,
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: keepPreviousData,
  });
}

export function useFeatures() {
  return useQuery({
    queryKey: ['features'],
    queryFn: () => api.get<List<Feature>>('/features'),
    staleTime: 60_000,
  });
}

function useFeaturesChanged() {
  const qc = useQueryClient();
  return () => {
    void qc.invalidateQueries({ queryKey: ['features'] });
    // Every account's adoption list follows the feature list.
    void qc.invalidateQueries({ queryKey: ['usage'] });
  };
}

export function useCreateFeature() {
  const changed = useFeaturesChanged();
  return useMutation({
    mutationFn: (input: FeatureCreate) => api.post<Feature>('/features', input),
    onSuccess: changed,
  });
}

export function useDeleteFeature() {
  const changed = useFeaturesChanged();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/features/${id}`),
    onSuccess: changed,
  });
}

/** One account's usage between two days (YYYY-MM-DD, UTC), from the server's daily rollups. */
export function useAccountUsage(accountId: string, range: { from: string; to: string }) {
  return useQuery({
    queryKey: ['usage', accountId, range.from, range.to],
    queryFn: () => api.get<AccountUsage>(`/accounts/${accountId}/usage`, range),
    // Keep the last range on screen while another loads, but never another account's figures.
    placeholderData: (previous, query) => (query?.queryKey[1] === accountId ? previous : undefined),
    staleTime: 30_000,
  });
}

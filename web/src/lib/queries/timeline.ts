import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import type { TimelineEntry, TimelineEntryCreate } from '@trustcircle/contracts';
import { api } from '../api.ts';

type TimelinePage = { data: TimelineEntry[]; nextCursor: string | null };

export function useTimeline(accountId: string) {
  return useInfiniteQuery({
    queryKey: ['timeline', accountId],
    queryFn: ({ pageParam }) =>
      api.get<TimelinePage>(`/accounts/${accountId}/timeline`, { cursor: pageParam ?? undefined, limit: 20 }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    staleTime: 5_000,
  });
}

export function useAddTimelineEntry(accountId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: TimelineEntryCreate) =>
      api.post<TimelineEntry>(`/accounts/${accountId}/timeline`, input),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['timeline', accountId] }),
  });
}

export function useDeleteTimelineEntry(accountId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (entry: TimelineEntry) => api.delete(`/timeline/${entry.id}`),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['timeline', accountId] }),
  });
}

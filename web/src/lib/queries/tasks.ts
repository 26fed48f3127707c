import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CalendarFeed,
  CalendarFeedLink,
  MyWork,
  Task,
  TaskCreate,
  TaskListQuery,
  TaskPage,
  TaskUpdate,
} from '@trustcircle/contracts';
import { api, type Query } from '../api.ts';

export const taskKeys = {
  all: ['tasks'] as const,
  list: (q: TaskListQuery) => ['tasks', 'list', q] as const,
};

export function useTasks(query: TaskListQuery) {
  return useQuery({
    queryKey: taskKeys.list(query),
    queryFn: () => api.get<TaskPage>('/tasks', query as Query),
    placeholderData: keepPreviousData,
  });
}

function useTaskMutation<I>(fn: (input: I) => Promise<Task | undefined>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: taskKeys.all });
      void qc.invalidateQueries({ queryKey: ['my-work'] });
    },
  });
}

export const useCreateTask = () => useTaskMutation((input: TaskCreate) => api.post<Task>('/tasks', input));
export const useUpdateTask = () =>
  useTaskMutation(({ id, ...input }: TaskUpdate & { id: string }) => api.patch<Task>(`/tasks/${id}`, input));
export const useDeleteTask = () =>
  useTaskMutation(async (id: string) => {
    await api.delete(`/tasks/${id}`);
    return undefined;
  });

export function useMyWork(days = 7) {
  return useQuery({
    queryKey: ['my-work', days],
    queryFn: () => api.get<MyWork>('/my-work', { days }),
    refetchOnWindowFocus: true,
  });
}

export function useCalendarFeed() {
  return useQuery({ queryKey: ['calendar-feed'], queryFn: () => api.get<CalendarFeed>('/me/calendar-feed') });
}

export function useNewCalendarFeed() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<CalendarFeedLink>('/me/calendar-feed'),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['calendar-feed'] }),
  });
}

export function useRevokeCalendarFeed() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api.delete('/me/calendar-feed'),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['calendar-feed'] }),
  });
}

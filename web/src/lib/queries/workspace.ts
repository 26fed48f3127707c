import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ApiKey,
  ApiKeyCreate,
  Invitation,
  InvitationCreate,
  MailMessage,
  Me,
  Member,
  MemberUpdate,
  Workspace,
} from '@trustcircle/contracts';
import { api } from '../api.ts';

type List<T> = { data: T[] };
type Page<T> = { data: T[]; nextCursor: string | null };

export function useMembers() {
  return useQuery({
    queryKey: ['members'],
    queryFn: () => api.get<List<Member>>('/members'),
    staleTime: 60_000,
  });
}

export function useUpdateMember() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: MemberUpdate }) =>
      api.patch<Member>(`/members/${id}`, input),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['members'] }),
  });
}

export function useInvitations(enabled: boolean) {
  return useQuery({
    queryKey: ['invitations'],
    queryFn: () => api.get<List<Invitation>>('/invitations'),
    enabled,
  });
}

export function useInvite() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: InvitationCreate) => api.post<Invitation>('/invitations', input),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['invitations'] });
      void qc.invalidateQueries({ queryKey: ['mail'] });
    },
  });
}

export function useRevokeInvitation() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/invitations/${id}`),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['invitations'] }),
  });
}

export function useApiKeys(enabled: boolean) {
  return useQuery({
    queryKey: ['apiKeys'],
    queryFn: () => api.get<List<ApiKey>>('/api-keys'),
    enabled,
  });
}

export function useCreateApiKey() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: ApiKeyCreate) => api.post<ApiKey & { key: string }>('/api-keys', input),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['apiKeys'] }),
  });
}

export function useRevokeApiKey() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/api-keys/${id}`),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['apiKeys'] }),
  });
}

export function useUpdateWorkspace() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (
      input: Partial<Pick<Workspace, 'name' | 'currency' | 'timezone' | 'usageRetentionDays' | 'logo'>>,
    ) => api.patch<Workspace>('/workspace', input),
    onSuccess: (workspace) => {
      // The header, money and dates read the workspace from the profile.
      qc.setQueryData<Me | null>(['me'], (me) =>
        me
          ? {
              ...me,
              workspace,
              workspaces: me.workspaces.map((w) =>
                w.id === workspace.id ? { ...w, name: workspace.name } : w,
              ),
            }
          : me,
      );
    },
  });
}

export function useMail(enabled = true) {
  return useInfiniteQuery({
    queryKey: ['mail'],
    queryFn: ({ pageParam }) =>
      api.get<Page<MailMessage>>('/mail', { cursor: pageParam ?? undefined, limit: 50 }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    refetchInterval: 15_000,
    enabled,
  });
}

export type AuditEntry = {
  id: string;
  action: string;
  actor: { type: string; id: string | null };
  subject: { type: string; id: string | null };
  data: Record<string, unknown>;
  requestId: string | null;
  at: string;
};

export function useAudit(enabled: boolean) {
  return useInfiniteQuery({
    queryKey: ['audit'],
    queryFn: ({ pageParam }) =>
      api.get<Page<AuditEntry>>('/audit', { cursor: pageParam ?? undefined, limit: 50 }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    enabled,
  });
}

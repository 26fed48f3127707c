import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InvitationAccept, LoginInput, Me, Role, SetupInput } from '@trustcircle/contracts';
import { api } from '../api.ts';

/** The signed-in person; `null` when nobody is signed in. */
export function useMe() {
  return useQuery({
    queryKey: ['me'],
    queryFn: async (): Promise<Me | null> => (await api.get<{ me: Me | null }>('/auth/session')).me,
    staleTime: 5 * 60_000,
  });
}

// The last profile seen. Signing out (or a session expiring) drops the profile; pages that are
// still mounted may render once more before the auth gate replaces them, and they keep the
// profile they had instead of crashing.
let lastSession: Me | null = null;

/** The profile when it is known to exist (inside the signed-in app). */
export function useSession(): Me {
  const { data } = useMe();
  if (data) lastSession = data;
  if (!lastSession) throw new Error('useSession is used outside the signed-in app');
  return lastSession;
}

export function useSetupStatus(enabled = true) {
  return useQuery({
    queryKey: ['setup'],
    queryFn: () => api.get<{ needed: boolean }>('/setup'),
    enabled,
    staleTime: 0,
  });
}

function useSignedIn() {
  const qc = useQueryClient();
  return (me: Me) => {
    // A different person may now be signed in: forget everything the last one loaded.
    qc.clear();
    qc.setQueryData(['me'], me);
    qc.setQueryData(['setup'], { needed: false });
  };
}

export function useLogin() {
  const signedIn = useSignedIn();
  return useMutation({
    mutationFn: (input: LoginInput) => api.post<Me>('/auth/login', input),
    onSuccess: signedIn,
  });
}

export function useSetup() {
  const signedIn = useSignedIn();
  return useMutation({
    mutationFn: (input: SetupInput) => api.post<Me>('/setup', input),
    onSuccess: signedIn,
  });
}

export function useLogout() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<{ ok: true }>('/auth/logout'),
    onSettled: () => {
      qc.clear();
      qc.setQueryData(['me'], null);
    },
  });
}

export function usePasswordResetRequest() {
  return useMutation({
    mutationFn: (email: string) => api.post<{ message: string }>('/auth/password-reset', { email }),
  });
}

export function usePasswordResetConfirm() {
  return useMutation({
    mutationFn: (input: { token: string; password: string }) =>
      api.post<{ ok: true }>('/auth/password-reset/confirm', input),
  });
}

export type InvitationLookup = { email: string; role: Role; workspaceName: string; hasAccount: boolean };

export function useInvitationLookup(token: string) {
  return useQuery({
    queryKey: ['invitation', token],
    queryFn: () => api.get<InvitationLookup>('/invitations/lookup', { token }),
    enabled: token.length >= 10,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useAcceptInvitation() {
  const signedIn = useSignedIn();
  return useMutation({
    mutationFn: (input: InvitationAccept) => api.post<Me>('/invitations/accept', input),
    onSuccess: signedIn,
  });
}

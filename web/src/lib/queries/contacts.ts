import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  Contact,
  ContactCreate,
  ContactRole,
  ContactUpdate,
  RapportCreate,
  RapportFact,
  RapportUpdate,
} from '@trustcircle/contracts';
import { api } from '../api.ts';

export type ContactPage = { data: Contact[]; nextCursor: string | null; total?: number };
export type ContactFilters = { q?: string; role?: ContactRole; accountId?: string };

export function useContacts(filters: ContactFilters, cursor: string | null, limit = 25) {
  return useQuery({
    queryKey: ['contacts', 'list', filters, cursor, limit],
    queryFn: () => api.get<ContactPage>('/contacts', { ...filters, cursor: cursor ?? undefined, limit }),
    placeholderData: keepPreviousData,
  });
}

/** All contacts of one account (the server caps a page at 200, plenty for one account). */
export function useAccountContacts(accountId: string) {
  return useQuery({
    queryKey: ['contacts', 'account', accountId],
    queryFn: () => api.get<ContactPage>(`/accounts/${accountId}/contacts`, { limit: 200 }),
    // Pickers ask before an account is chosen.
    enabled: accountId !== '',
  });
}

export function useContact(id: string) {
  return useQuery({
    queryKey: ['contacts', 'detail', id],
    queryFn: () => api.get<Contact>(`/contacts/${id}`),
  });
}

function useContactChanged() {
  const qc = useQueryClient();
  return (contact: Contact | null, accountId?: string) => {
    if (contact) qc.setQueryData(['contacts', 'detail', contact.id], contact);
    void qc.invalidateQueries({ queryKey: ['contacts', 'list'] });
    void qc.invalidateQueries({ queryKey: ['contacts', 'account'] });
    // Contact counts on accounts and the "contact added" timeline entry change too.
    void qc.invalidateQueries({ queryKey: ['accounts'] });
    const account = contact?.accountId ?? accountId;
    if (account) void qc.invalidateQueries({ queryKey: ['timeline', account] });
  };
}

export function useCreateContact() {
  const changed = useContactChanged();
  return useMutation({
    mutationFn: (input: ContactCreate) => api.post<Contact>('/contacts', input),
    onSuccess: (c) => changed(c),
  });
}

export function useUpdateContact() {
  const changed = useContactChanged();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: ContactUpdate }) =>
      api.patch<Contact>(`/contacts/${id}`, input),
    onSuccess: (c) => changed(c),
  });
}

export function useDeleteContact() {
  const changed = useContactChanged();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (contact: Contact) => api.delete(`/contacts/${contact.id}`),
    onSuccess: (_, contact) => {
      qc.removeQueries({ queryKey: ['contacts', 'detail', contact.id] });
      qc.removeQueries({ queryKey: ['rapport', contact.id] });
      changed(null, contact.accountId);
    },
  });
}

export const rapportKey = (contactId: string) => ['rapport', contactId] as const;

export function useRapport(contactId: string) {
  return useQuery({
    queryKey: rapportKey(contactId),
    queryFn: () => api.get<{ data: RapportFact[] }>(`/contacts/${contactId}/rapport`),
  });
}

function useRapportChanged() {
  const qc = useQueryClient();
  return (contactId: string) => {
    void qc.invalidateQueries({ queryKey: rapportKey(contactId) });
    // Contacts carry a rapport count.
    void qc.invalidateQueries({ queryKey: ['contacts'] });
  };
}

export function useCreateRapport() {
  const changed = useRapportChanged();
  return useMutation({
    mutationFn: ({ contactId, input }: { contactId: string; input: RapportCreate }) =>
      api.post<RapportFact>(`/contacts/${contactId}/rapport`, input),
    onSuccess: (fact) => changed(fact.contactId),
  });
}

export function useUpdateRapport() {
  const changed = useRapportChanged();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ fact, input }: { fact: RapportFact; input: RapportUpdate }) =>
      api.patch<RapportFact>(`/rapport/${fact.id}`, input),
    // Toggling "mention" should feel instant: show the change before the server answers.
    onMutate: async ({ fact, input }) => {
      const key = rapportKey(fact.contactId);
      await qc.cancelQueries({ queryKey: key });
      const before = qc.getQueryData<{ data: RapportFact[] }>(key);
      if (before) {
        qc.setQueryData(key, {
          data: before.data.map((f) => (f.id === fact.id ? { ...f, ...input } : f)),
        });
      }
      return { before, key };
    },
    onError: (_e, _v, context) => {
      if (context?.before) qc.setQueryData(context.key, context.before);
    },
    onSettled: (_d, _e, { fact }) => changed(fact.contactId),
  });
}

export function useDeleteRapport() {
  const changed = useRapportChanged();
  return useMutation({
    mutationFn: (fact: RapportFact) => api.delete(`/rapport/${fact.id}`),
    onSuccess: (_, fact) => changed(fact.contactId),
  });
}

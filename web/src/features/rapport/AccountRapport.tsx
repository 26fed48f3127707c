import { Anchor, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconHeartHandshake, IconPlus, IconUsers } from '@tabler/icons-react';
import { useQueries } from '@tanstack/react-query';
import type { Contact, RapportFact } from '@trustcircle/contracts';
import { useState } from 'react';
import { Link } from 'react-router';
import { BlockSkeleton, Empty, LoadError } from '../../components/States.tsx';
import { api } from '../../lib/api.ts';
import { rapportKey, useAccountContacts } from '../../lib/queries/contacts.ts';
import { RapportFactItem, sortFacts } from './RapportFactItem.tsx';
import { RapportFactModal } from './RapportFactModal.tsx';

type Props = { accountId: string; canWrite: boolean; onGoToContacts: () => void };

/** Every contact's rapport facts, grouped by person, people with something to mention first. */
export function AccountRapport({ accountId, canWrite, onGoToContacts }: Props) {
  const contacts = useAccountContacts(accountId);
  const people = contacts.data?.data ?? [];
  const facts = useQueries({
    queries: people.map((c) => ({
      queryKey: rapportKey(c.id),
      queryFn: () => api.get<{ data: RapportFact[] }>(`/contacts/${c.id}/rapport`),
    })),
  });
  const [modal, setModal] = useState<{ fact: RapportFact | null } | null>(null);

  if (contacts.isPending) return <BlockSkeleton lines={5} />;
  if (contacts.isError) {
    return (
      <LoadError
        error={contacts.error}
        onRetry={() => void contacts.refetch()}
        title="Could not load contacts"
      />
    );
  }
  if (people.length === 0) {
    return (
      <Empty
        icon={<IconUsers size={28} />}
        title="Add a contact first"
        description="Rapport facts are about people. Add the people you work with at this account, then note what you learn about them."
        action={
          <Button variant="default" onClick={onGoToContacts}>
            Go to contacts
          </Button>
        }
      />
    );
  }

  const failed = facts.find((q) => q.isError);
  const loading = facts.some((q) => q.isPending);
  const groups = people
    .map((contact, i) => ({ contact, facts: sortFacts(facts[i]?.data?.data ?? []) }))
    .filter((g) => g.facts.length > 0)
    .sort(
      (a, b) =>
        countMentions(b.facts) - countMentions(a.facts) || a.contact.name.localeCompare(b.contact.name),
    );
  const total = groups.reduce((n, g) => n + g.facts.length, 0);
  const mentions = groups.reduce((n, g) => n + countMentions(g.facts), 0);

  const addButton = canWrite ? (
    <Button leftSection={<IconPlus size={16} />} onClick={() => setModal({ fact: null })}>
      Add rapport fact
    </Button>
  ) : null;

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {loading
            ? 'Loading rapport…'
            : total === 0
              ? 'No rapport facts yet.'
              : `${total} ${total === 1 ? 'fact' : 'facts'} about ${groups.length} ${groups.length === 1 ? 'person' : 'people'}${mentions ? ` · ${mentions} to mention at the next check-in` : ''}`}
        </Text>
        {total > 0 ? addButton : null}
      </Group>
      {failed ? (
        <LoadError error={failed.error} onRetry={() => failed.refetch()} title="Some rapport did not load" />
      ) : null}
      {loading ? (
        <BlockSkeleton lines={4} />
      ) : total === 0 ? (
        <Empty
          icon={<IconHeartHandshake size={28} />}
          title="Get to know the people"
          description="Note what people share about their family, pets, interests or travels, and flag what to bring up at the next check-in."
          action={addButton}
        />
      ) : (
        groups.map(({ contact, facts: list }) => (
          <ContactGroup
            key={contact.id}
            contact={contact}
            facts={list}
            canWrite={canWrite}
            onEdit={(f) => setModal({ fact: f })}
          />
        ))
      )}
      {canWrite ? (
        <RapportFactModal
          opened={modal !== null}
          onClose={() => setModal(null)}
          fact={modal?.fact ?? null}
          contacts={people.map((c) => ({ id: c.id, name: c.name }))}
        />
      ) : null}
    </Stack>
  );
}

const countMentions = (facts: RapportFact[]) => facts.filter((f) => f.mentionAtNextCheckIn).length;

function ContactGroup({
  contact,
  facts,
  canWrite,
  onEdit,
}: {
  contact: Contact;
  facts: RapportFact[];
  canWrite: boolean;
  onEdit: (f: RapportFact) => void;
}) {
  return (
    <Paper p="md" withBorder component="section" aria-label={`Rapport with ${contact.name}`}>
      <Group gap={8} mb="sm" wrap="wrap">
        <Anchor component={Link} to={`/contacts/${contact.id}`} fw={600}>
          {contact.name}
        </Anchor>
        {contact.title ? (
          <Text size="sm" c="dimmed">
            {contact.title}
          </Text>
        ) : null}
      </Group>
      <Stack gap="xs">
        {facts.map((fact) => (
          <RapportFactItem key={fact.id} fact={fact} canWrite={canWrite} onEdit={onEdit} />
        ))}
      </Stack>
    </Paper>
  );
}

import { Button, Group, Stack, Text } from '@mantine/core';
import { IconHeartHandshake, IconPlus } from '@tabler/icons-react';
import type { RapportFact } from '@trustcircle/contracts';
import { useState } from 'react';
import { BlockSkeleton, Empty, LoadError } from '../../components/States.tsx';
import { useRapport } from '../../lib/queries/contacts.ts';
import { RapportFactItem, sortFacts } from './RapportFactItem.tsx';
import { RapportFactModal } from './RapportFactModal.tsx';

/** The rapport facts of one contact, with add, edit, delete and the check-in flag. */
export function ContactRapport({
  contactId,
  firstName,
  canWrite,
}: {
  contactId: string;
  firstName: string;
  canWrite: boolean;
}) {
  const rapport = useRapport(contactId);
  const [modal, setModal] = useState<{ fact: RapportFact | null } | null>(null);

  const addButton = canWrite ? (
    <Button leftSection={<IconPlus size={16} />} variant="light" onClick={() => setModal({ fact: null })}>
      Add rapport fact
    </Button>
  ) : null;

  let body: React.ReactNode;
  if (rapport.isPending) body = <BlockSkeleton lines={3} />;
  else if (rapport.isError) {
    body = (
      <LoadError
        error={rapport.error}
        onRetry={() => void rapport.refetch()}
        title="Could not load rapport"
      />
    );
  } else if (rapport.data.data.length === 0) {
    body = (
      <Empty
        icon={<IconHeartHandshake size={28} />}
        title={`Nothing personal about ${firstName} yet`}
        description="Rapport is what makes a check-in feel human: family, pets, hobbies, a recent trip. Add what they mention and flag what to bring up next time."
        action={addButton}
      />
    );
  } else {
    const mentions = rapport.data.data.filter((f) => f.mentionAtNextCheckIn).length;
    body = (
      <Stack gap="xs">
        {mentions > 0 ? (
          <Text size="sm" c="yellow.9" fw={500}>
            {mentions} {mentions === 1 ? 'thing' : 'things'} to mention at the next check-in
          </Text>
        ) : null}
        {sortFacts(rapport.data.data).map((fact) => (
          <RapportFactItem
            key={fact.id}
            fact={fact}
            canWrite={canWrite}
            onEdit={(f) => setModal({ fact: f })}
          />
        ))}
      </Stack>
    );
  }

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Text fw={600}>Rapport</Text>
        {rapport.data?.data.length ? addButton : null}
      </Group>
      {body}
      {canWrite ? (
        <RapportFactModal
          opened={modal !== null}
          onClose={() => setModal(null)}
          fact={modal?.fact ?? null}
          contactId={contactId}
        />
      ) : null}
    </Stack>
  );
}

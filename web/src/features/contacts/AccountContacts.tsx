import { ActionIcon, Anchor, Button, Group, Stack, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconPencil, IconPlus, IconStarFilled, IconTrash, IconUsers } from '@tabler/icons-react';
import type { Contact } from '@trustcircle/contracts';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';
import { Link } from 'react-router';
import { Empty, LoadError, TableSkeleton } from '../../components/States.tsx';
import { confirmAction } from '../../lib/confirm.tsx';
import { notifyError, notifySuccess } from '../../lib/notify.ts';
import { can } from '../../lib/permissions.ts';
import { useAccountContacts, useDeleteContact } from '../../lib/queries/contacts.ts';
import { useSession } from '../../lib/queries/session.ts';
import { ContactFormModal } from './ContactFormModal.tsx';
import { contactDetailColumns } from './columns.tsx';

export function PrimaryStar() {
  return (
    <Tooltip label="Primary contact">
      <IconStarFilled
        size={14}
        color="var(--mantine-color-yellow-6)"
        aria-label="Primary contact"
        role="img"
      />
    </Tooltip>
  );
}

export function useConfirmDeleteContact() {
  const remove = useDeleteContact();
  return (contact: Contact, after?: () => void) =>
    confirmAction({
      title: `Delete ${contact.name}?`,
      message: `${contact.name} and their ${contact.rapportCount} rapport ${contact.rapportCount === 1 ? 'fact' : 'facts'} will be deleted. This cannot be undone.`,
      confirmLabel: 'Delete contact',
      onConfirm: () =>
        remove.mutate(contact, {
          onSuccess: () => {
            notifySuccess(`${contact.name} was deleted`);
            after?.();
          },
          onError: (e) => notifyError(e, 'Could not delete the contact'),
        }),
    });
}

export function AccountContacts({ accountId }: { accountId: string }) {
  const me = useSession();
  const canWrite = can(me.role, 'data:write');
  const contacts = useAccountContacts(accountId);
  const [editing, setEditing] = useState<Contact | null>(null);
  const [adding, setAdding] = useState(false);
  const askDelete = useConfirmDeleteContact();

  const addButton = canWrite ? (
    <Button leftSection={<IconPlus size={16} />} onClick={() => setAdding(true)}>
      Add contact
    </Button>
  ) : null;

  if (contacts.isPending) return <TableSkeleton rows={4} columns={5} />;
  if (contacts.isError) {
    return (
      <LoadError
        error={contacts.error}
        onRetry={() => void contacts.refetch()}
        title="Could not load contacts"
      />
    );
  }
  const records = contacts.data.data;

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {records.length === 0
            ? 'Nobody here yet.'
            : `${records.length} ${records.length === 1 ? 'person' : 'people'} at this account`}
        </Text>
        {records.length > 0 ? addButton : null}
      </Group>
      {records.length === 0 ? (
        <Empty
          icon={<IconUsers size={28} />}
          title="No contacts yet"
          description="Add the people you work with here: your champion, the decision maker, the users. Rapport facts and timeline entries hang off them."
          action={addButton}
        />
      ) : (
        <DataTable<Contact>
          withTableBorder
          borderRadius="md"
          verticalSpacing="sm"
          records={records}
          idAccessor="id"
          columns={[
            {
              accessor: 'name',
              title: 'Name',
              noWrap: true,
              render: (c) => (
                <Group gap={6} wrap="nowrap">
                  <Anchor component={Link} to={`/contacts/${c.id}`} fw={600} size="sm">
                    {c.name}
                  </Anchor>
                  {c.isPrimary ? <PrimaryStar /> : null}
                </Group>
              ),
            },
            ...contactDetailColumns('sm'),
            {
              accessor: 'phone',
              title: 'Phone',
              noWrap: true,
              visibleMediaQuery: (t) => `(min-width: ${t.breakpoints.lg})`,
              render: (c) => <Text size="sm">{c.phone ?? '—'}</Text>,
            },
            {
              accessor: 'actions',
              title: <VisuallyHidden>Actions</VisuallyHidden>,
              textAlign: 'right',
              hidden: !canWrite,
              render: (c) => (
                <Group gap={4} justify="flex-end" wrap="nowrap">
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    aria-label={`Edit ${c.name}`}
                    onClick={() => setEditing(c)}
                  >
                    <IconPencil size={16} />
                  </ActionIcon>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={`Delete ${c.name}`}
                    onClick={() => askDelete(c)}
                  >
                    <IconTrash size={16} />
                  </ActionIcon>
                </Group>
              ),
            },
          ]}
        />
      )}
      {canWrite ? (
        <ContactFormModal
          opened={adding || editing !== null}
          onClose={() => {
            setAdding(false);
            setEditing(null);
          }}
          contact={editing}
          accountId={accountId}
        />
      ) : null}
    </Stack>
  );
}

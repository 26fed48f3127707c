import { Anchor, Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconAddressBook, IconPlus, IconSearch, IconSearchOff } from '@tabler/icons-react';
import type { Contact, ContactRole } from '@trustcircle/contracts';
import { DataTable } from 'mantine-datatable';
import { useEffect, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { CursorPager } from '../components/CursorPager.tsx';
import { PageHeader } from '../components/PageHeader.tsx';
import { Empty, LoadError, TableSkeleton } from '../components/States.tsx';
import { PrimaryStar } from '../features/contacts/AccountContacts.tsx';
import { ContactFormModal } from '../features/contacts/ContactFormModal.tsx';
import { contactDetailColumns } from '../features/contacts/columns.tsx';
import { CONTACT_ROLE_OPTIONS, isContactRole } from '../features/contacts/meta.ts';
import { can } from '../lib/permissions.ts';
import { useContacts } from '../lib/queries/contacts.ts';
import { useSession } from '../lib/queries/session.ts';
import { useCursorStack } from '../lib/useCursorStack.ts';

const PAGE_SIZE = 25;

export function ContactsPage() {
  const me = useSession();
  const canWrite = can(me.role, 'data:write');
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const roleParam = params.get('role') ?? '';
  const role: ContactRole | undefined = isContactRole(roleParam) ? roleParam : undefined;
  const [search, setSearch] = useState(q);
  const [debounced] = useDebouncedValue(search, 300);
  const [adding, setAdding] = useState(false);

  // biome-ignore lint/correctness/useExhaustiveDependencies: mirrors the typed text into the address
  useEffect(() => {
    if (debounced.trim() !== q) {
      setParams(
        (p) => {
          const n = new URLSearchParams(p);
          if (debounced.trim()) n.set('q', debounced.trim());
          else n.delete('q');
          return n;
        },
        { replace: true },
      );
    }
  }, [debounced]);

  const filters = { q: q || undefined, role };
  const pager = useCursorStack(JSON.stringify(filters));
  const contacts = useContacts(filters, pager.cursor, PAGE_SIZE);
  const filtered = Boolean(q || role);

  const addButton = canWrite ? (
    <Button leftSection={<IconPlus size={16} />} onClick={() => setAdding(true)}>
      Add contact
    </Button>
  ) : null;

  return (
    <>
      <PageHeader
        title="Contacts"
        description="The people behind your accounts, across the whole workspace"
        actions={addButton}
      />
      <Group gap="sm" align="flex-end" mb="md" wrap="wrap">
        <TextInput
          label="Search contacts"
          placeholder="Name, email or title"
          type="search"
          leftSection={<IconSearch size={16} />}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          style={{ flex: '2 1 240px' }}
        />
        <Select
          label="Role"
          placeholder="Any role"
          data={CONTACT_ROLE_OPTIONS}
          clearable
          value={role ?? null}
          onChange={(r) =>
            setParams(
              (p) => {
                const n = new URLSearchParams(p);
                if (r) n.set('role', r);
                else n.delete('role');
                return n;
              },
              { replace: true },
            )
          }
          style={{ flex: '1 1 180px' }}
        />
      </Group>
      {contacts.isPending ? (
        <TableSkeleton columns={5} />
      ) : contacts.isError && !contacts.data ? (
        <LoadError
          error={contacts.error}
          onRetry={() => void contacts.refetch()}
          title="Could not load contacts"
        />
      ) : (
        <>
          <DataTable<Contact>
            withTableBorder
            borderRadius="md"
            highlightOnHover
            verticalSpacing="sm"
            minHeight={contacts.data.data.length ? undefined : 280}
            records={contacts.data.data}
            fetching={contacts.isFetching && contacts.isPlaceholderData}
            idAccessor="id"
            noRecordsText=""
            emptyState={
              contacts.data.data.length === 0 ? (
                filtered ? (
                  <Empty
                    icon={<IconSearchOff size={28} />}
                    title="No contacts match"
                    description="Try another name, email or role."
                  />
                ) : (
                  <Empty
                    icon={<IconAddressBook size={28} />}
                    title="No contacts yet"
                    description="Contacts are the people at your accounts. Add them from an account's Contacts tab, or here."
                    action={addButton}
                  />
                )
              ) : undefined
            }
            onRowClick={({ record, event }) => {
              if ((event.target as HTMLElement).closest('a')) return;
              navigate(`/contacts/${record.id}`);
            }}
            columns={[
              {
                accessor: 'name',
                title: 'Name',
                render: (c) => (
                  <Stack gap={0}>
                    <Group gap={6} wrap="nowrap">
                      <Anchor
                        component={Link}
                        to={`/contacts/${c.id}`}
                        fw={600}
                        size="sm"
                        c="var(--mantine-color-text)"
                      >
                        {c.name}
                      </Anchor>
                      {c.isPrimary ? <PrimaryStar /> : null}
                    </Group>
                    <Text size="xs" c="dimmed" hiddenFrom="sm">
                      {c.accountName}
                    </Text>
                  </Stack>
                ),
              },
              {
                accessor: 'accountName',
                title: 'Account',
                visibleMediaQuery: (t) => `(min-width: ${t.breakpoints.sm})`,
                render: (c) => (
                  <Anchor component={Link} to={`/accounts/${c.accountId}`} size="sm">
                    {c.accountName}
                  </Anchor>
                ),
              },
              ...contactDetailColumns('lg'),
            ]}
          />
          <CursorPager
            noun="contacts"
            page={pager.page}
            pageSize={PAGE_SIZE}
            shown={contacts.data.data.length}
            total={contacts.data.total}
            hasPrevious={pager.hasPrevious}
            hasNext={Boolean(contacts.data.nextCursor)}
            onPrevious={pager.previous}
            onNext={() => pager.next(contacts.data.nextCursor)}
            busy={contacts.isFetching}
          />
        </>
      )}
      {canWrite ? (
        <ContactFormModal
          opened={adding}
          onClose={() => setAdding(false)}
          onSaved={(c) => navigate(`/contacts/${c.id}`)}
        />
      ) : null}
    </>
  );
}

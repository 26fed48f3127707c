import { Anchor, Button, Center, Code, Stack, Text, Title } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import { DataTable } from 'mantine-datatable';
import { Link } from 'react-router';
import { Empty, LoadError, TableSkeleton } from '../../components/States.tsx';
import { formatDateTime, fromNow, humanize } from '../../lib/format.ts';
import { can } from '../../lib/permissions.ts';
import { useSession } from '../../lib/queries/session.ts';
import { type AuditEntry, useApiKeys, useAudit, useMembers } from '../../lib/queries/workspace.ts';

const ACTOR_LABEL: Record<string, string> = {
  apiKey: 'API key',
  system: 'Trust Circle',
  cli: 'Command line',
};

function subjectLink(e: AuditEntry) {
  const { type, id } = e.subject;
  const name = typeof e.data.name === 'string' ? e.data.name : null;
  if (id && type === 'account')
    return (
      <Anchor component={Link} to={`/accounts/${id}`} size="sm">
        {name ?? 'Account'}
      </Anchor>
    );
  if (id && type === 'contact')
    return (
      <Anchor component={Link} to={`/contacts/${id}`} size="sm">
        {name ?? 'Contact'}
      </Anchor>
    );
  return <Text size="sm">{name ?? humanize(type)}</Text>;
}

/** Who did what, newest first, for managers and admins. */
export function AuditLog() {
  const me = useSession();
  const audit = useAudit(true);
  const members = useMembers();
  const keys = useApiKeys(can(me.role, 'apikeys:manage'));
  const keyNames = new Map((keys.data?.data ?? []).map((k) => [k.id, k.name]));
  const names = new Map((members.data?.data ?? []).map((m) => [m.id, m.name]));
  const entries = audit.data?.pages.flatMap((p) => p.data) ?? [];
  const actor = (e: AuditEntry) => {
    if (e.actor.type === 'user') return names.get(e.actor.id ?? '') ?? 'A former member';
    const key = e.actor.type === 'apiKey' ? keyNames.get(e.actor.id ?? '') : undefined;
    if (key) return `API key "${key}"`;
    return ACTOR_LABEL[e.actor.type] ?? humanize(e.actor.type);
  };

  return (
    <Stack gap="sm">
      <div>
        <Title order={2} fz="lg">
          Audit log
        </Title>
        <Text size="sm" c="dimmed">
          Every change in this workspace: who made it, and when. Click a row for the details.
        </Text>
      </div>
      {audit.isPending ? (
        <TableSkeleton rows={6} columns={4} />
      ) : audit.isError && entries.length === 0 ? (
        <LoadError
          error={audit.error}
          onRetry={() => void audit.refetch()}
          title="Could not load the audit log"
        />
      ) : entries.length === 0 ? (
        <Empty
          icon={<IconHistory size={28} />}
          title="Nothing recorded yet"
          description="Changes appear here as people work."
        />
      ) : (
        <>
          <DataTable<AuditEntry>
            withTableBorder
            borderRadius="md"
            verticalSpacing="xs"
            records={entries}
            idAccessor="id"
            rowExpansion={{
              content: ({ record }) => (
                <Code block m="sm" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
                  {JSON.stringify({ ...record.data, requestId: record.requestId ?? undefined }, null, 2)}
                </Code>
              ),
            }}
            columns={[
              {
                accessor: 'at',
                title: 'When',
                render: (e) => (
                  <Text size="sm" title={formatDateTime(e.at, me.workspace.timezone)}>
                    {fromNow(e.at)}
                  </Text>
                ),
              },
              { accessor: 'actor', title: 'Who', render: (e) => <Text size="sm">{actor(e)}</Text> },
              {
                accessor: 'action',
                title: 'What',
                render: (e) => (
                  <Text size="sm" fw={500}>
                    {humanize(e.action.replace('.', ' '))}
                  </Text>
                ),
              },
              {
                accessor: 'subject',
                title: 'On',
                visibleMediaQuery: (t) => `(min-width: ${t.breakpoints.sm})`,
                render: subjectLink,
              },
            ]}
          />
          {audit.hasNextPage ? (
            <Center>
              <Button
                variant="default"
                onClick={() => void audit.fetchNextPage()}
                loading={audit.isFetchingNextPage}
              >
                Load more
              </Button>
            </Center>
          ) : null}
        </>
      )}
    </Stack>
  );
}

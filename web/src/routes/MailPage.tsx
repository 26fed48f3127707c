import { Badge, Button, Center, Group, Paper, Stack, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { IconChevronRight, IconMail } from '@tabler/icons-react';
import type { MailMessage } from '@trustcircle/contracts';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';
import { Navigate } from 'react-router';
import { Linkify } from '../components/Linkify.tsx';
import { PageHeader } from '../components/PageHeader.tsx';
import { Empty, LoadError, TableSkeleton } from '../components/States.tsx';
import { formatDateTime, fromNow } from '../lib/format.ts';
import { can } from '../lib/permissions.ts';
import { useSession } from '../lib/queries/session.ts';
import { useMail } from '../lib/queries/workspace.ts';

const STATUS: Record<MailMessage['status'], { label: string; color: string; hint: string }> = {
  queued: { label: 'Queued', color: 'blue', hint: 'Waiting to be sent' },
  sent: { label: 'Sent', color: 'teal', hint: 'Handed to the mail server' },
  failed: { label: 'Failed', color: 'red', hint: 'Could not be sent' },
  outbox: { label: 'Outbox', color: 'gray', hint: 'No SMTP server is set up, so the mail waits here' },
};

export function MailPage() {
  const me = useSession();
  const allowed = can(me.role, 'mail:read');
  const mail = useMail(allowed);
  const [expanded, setExpanded] = useState<string[]>([]);
  if (!allowed) return <Navigate to="/accounts" replace />;
  const messages = mail.data?.pages.flatMap((p) => p.data) ?? [];

  return (
    <>
      <PageHeader
        title="Mail outbox"
        description="Every email this workspace sent or would send: invitations, password resets and notifications. Without an SMTP server (SMTP_URL), mail waits here and you can pass the links on yourself."
      />
      {mail.isPending ? (
        <TableSkeleton columns={4} />
      ) : mail.isError && messages.length === 0 ? (
        <LoadError error={mail.error} onRetry={() => void mail.refetch()} title="Could not load mail" />
      ) : messages.length === 0 ? (
        <Paper withBorder>
          <Empty
            icon={<IconMail size={28} />}
            title="No mail yet"
            description="Invitations and password reset emails show up here, with their links, as soon as they are sent."
          />
        </Paper>
      ) : (
        <Stack gap="md">
          <DataTable<MailMessage>
            withTableBorder
            borderRadius="md"
            highlightOnHover
            verticalSpacing="sm"
            records={messages}
            idAccessor="id"
            rowExpansion={{
              allowMultiple: true,
              expanded: { recordIds: expanded, onRecordIdsChange: setExpanded },
              content: ({ record }) => (
                <Stack gap="xs" p="md" bg="var(--mantine-color-gray-0)">
                  <Text size="xs" c="dimmed">
                    To {record.to} · created {formatDateTime(record.createdAt, me.workspace.timezone)}
                    {record.sentAt ? ` · sent ${formatDateTime(record.sentAt, me.workspace.timezone)}` : ''}
                  </Text>
                  {record.error ? (
                    <Text size="sm" c="red">
                      {record.error}
                    </Text>
                  ) : null}
                  <Text
                    size="sm"
                    style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
                    component="div"
                  >
                    <Linkify text={record.text} />
                  </Text>
                </Stack>
              ),
            }}
            columns={[
              {
                accessor: 'subject',
                title: 'Subject',
                render: (m) => (
                  <Stack gap={0} style={{ minWidth: 0 }}>
                    {/* The row toggles on click; this button makes that reachable by keyboard. */}
                    <UnstyledButton aria-expanded={expanded.includes(m.id)} fz="sm" fw={600}>
                      <IconChevronRight
                        size={14}
                        aria-hidden="true"
                        style={{
                          verticalAlign: -2,
                          marginRight: 4,
                          transition: 'transform 150ms',
                          transform: expanded.includes(m.id) ? 'rotate(90deg)' : undefined,
                        }}
                      />
                      {m.subject}
                    </UnstyledButton>
                    <Group gap={6} hiddenFrom="sm" wrap="nowrap">
                      <Badge variant="light" size="xs" color={STATUS[m.status].color}>
                        {STATUS[m.status].label}
                      </Badge>
                      <Text size="xs" c="dimmed" truncate="end">
                        {m.to}
                      </Text>
                    </Group>
                  </Stack>
                ),
              },
              {
                accessor: 'to',
                title: 'To',
                visibleMediaQuery: (t) => `(min-width: ${t.breakpoints.sm})`,
                render: (m) => (
                  <Text size="sm" style={{ wordBreak: 'break-all' }}>
                    {m.to}
                  </Text>
                ),
              },
              {
                accessor: 'status',
                title: 'Status',
                visibleMediaQuery: (t) => `(min-width: ${t.breakpoints.sm})`,
                render: (m) => (
                  <Tooltip label={STATUS[m.status].hint}>
                    <Badge variant="light" color={STATUS[m.status].color}>
                      {STATUS[m.status].label}
                    </Badge>
                  </Tooltip>
                ),
              },
              {
                accessor: 'createdAt',
                title: 'Time',
                visibleMediaQuery: (t) => `(min-width: ${t.breakpoints.md})`,
                render: (m) => (
                  <Text size="sm" c="dimmed" title={formatDateTime(m.createdAt, me.workspace.timezone)}>
                    {fromNow(m.createdAt)}
                  </Text>
                ),
              },
            ]}
          />
          {mail.hasNextPage ? (
            <Center>
              <Button
                variant="default"
                onClick={() => void mail.fetchNextPage()}
                loading={mail.isFetchingNextPage}
              >
                Load more
              </Button>
            </Center>
          ) : null}
        </Stack>
      )}
    </>
  );
}

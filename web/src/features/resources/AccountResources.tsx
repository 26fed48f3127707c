import { Anchor, Button, CopyButton, Group, Paper, Stack, Text, Title, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy, IconLifebuoy, IconPlus } from '@tabler/icons-react';
import type { Account, AccountResourceSummary } from '@trustcircle/contracts';
import { DataTable } from 'mantine-datatable';
import { type ReactNode, useState } from 'react';
import { Link } from 'react-router';
import { Empty, LoadError, TableSkeleton } from '../../components/States.tsx';
import { formatDateTime, fromNow } from '../../lib/format.ts';
import { useAccountResources, useResources } from '../../lib/queries/resources.ts';
import { useSession } from '../../lib/queries/session.ts';
import { personalLink, RESOURCE_KIND_META } from './meta.tsx';
import { RatingSummary } from './RatingSummary.tsx';
import { RecordUseModal } from './RecordUseModal.tsx';
import { ResourceKindIcon } from './ResourceKindIcon.tsx';

type Used = AccountResourceSummary['used'][number];
type Unused = AccountResourceSummary['neverUsed'][number];

const tabular = { fontVariantNumeric: 'tabular-nums' } as const;

function ResourceName({
  resource,
  accountId,
  children,
}: {
  resource: Unused;
  accountId: string;
  /** Shown under the name, e.g. the figures a phone has no columns for. */
  children?: ReactNode;
}) {
  return (
    <Group gap="sm" wrap="nowrap">
      <ResourceKindIcon kind={resource.kind} size="md" />
      <Stack gap={0} style={{ minWidth: 0 }}>
        {/* The resource page opens on this account's uses. */}
        <Anchor
          component={Link}
          to={`/resources/${resource.id}?account=${accountId}`}
          size="sm"
          fw={600}
          style={{ overflowWrap: 'anywhere' }}
        >
          {resource.title}
        </Anchor>
        <Text size="xs" c="dimmed">
          {RESOURCE_KIND_META[resource.kind].label}
        </Text>
        {children}
      </Stack>
    </Group>
  );
}

/** Which help the account used, how it liked it, and which it never touched (worth suggesting). */
export function AccountResources({ account, canWrite }: { account: Account; canWrite: boolean }) {
  const me = useSession();
  const summary = useAccountResources(account.id);
  // The catalog gives the never-used resources their links; it is usually cached already.
  const catalog = useResources(false);
  const [recording, setRecording] = useState(false);

  if (summary.isPending) return <TableSkeleton rows={4} columns={5} />;
  if (summary.isError) {
    return (
      <LoadError
        error={summary.error}
        onRetry={() => void summary.refetch()}
        title="Could not load the resources"
      />
    );
  }
  const { used, neverUsed } = summary.data;
  const total = used.length + neverUsed.length;
  const anySeminar = used.some((u) => u.resource.kind === 'training_seminar');
  const trackingUrl = new Map((catalog.data?.data ?? []).map((r) => [r.id, r.trackingUrl]));

  if (total === 0) {
    return (
      <Paper withBorder>
        <Empty
          icon={<IconLifebuoy size={28} />}
          title="No support resources yet"
          description="Once your team lists its guides, seminars, articles, phone line and chat under Resources, this tab shows which of them this account used, how it rated them, and which it never touched."
          action={
            <Button component={Link} to="/resources" variant="default">
              Go to resources
            </Button>
          }
        />
      </Paper>
    );
  }

  const recordButton = canWrite ? (
    <Button leftSection={<IconPlus size={16} />} onClick={() => setRecording(true)}>
      Record a use
    </Button>
  ) : null;

  return (
    <Stack gap="lg">
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Text size="sm" c="dimmed">
          {used.length === 0
            ? `${account.name} has not used any of your ${total} resources yet.`
            : `${account.name} used ${used.length} of your ${total} ${total === 1 ? 'resource' : 'resources'}.`}
        </Text>
        {recordButton}
      </Group>
      {used.length > 0 ? (
        <Paper withBorder p="md">
          <Title order={2} fz="md" mb="sm">
            Used
          </Title>
          <DataTable<Used>
            verticalSpacing="sm"
            records={used}
            idAccessor={(u) => u.resource.id}
            columns={[
              {
                accessor: 'resource',
                title: 'Resource',
                render: (u) => (
                  <ResourceName resource={u.resource} accountId={account.id}>
                    {/* On a phone the rating and the last use sit under the name. */}
                    <Group gap={8} mt={4} hiddenFrom="sm" wrap="wrap">
                      <Text size="xs">used {fromNow(u.lastUsedAt)}</Text>
                      {u.averageRating !== null ? (
                        <RatingSummary average={u.averageRating} size="xs" />
                      ) : null}
                    </Group>
                  </ResourceName>
                ),
              },
              {
                accessor: 'uses',
                title: 'Uses',
                textAlign: 'right',
                render: (u) => (
                  <Text size="sm" fw={600} style={tabular}>
                    {u.uses.toLocaleString()}
                  </Text>
                ),
              },
              {
                accessor: 'attended',
                title: 'Attended',
                textAlign: 'right',
                hidden: !anySeminar,
                visibleMediaQuery: (t) => `(min-width: ${t.breakpoints.sm})`,
                render: (u) =>
                  u.resource.kind === 'training_seminar' ? (
                    <Text size="sm" style={tabular}>
                      {u.attended.toLocaleString()}
                    </Text>
                  ) : (
                    <Text size="sm" c="dimmed">
                      —
                    </Text>
                  ),
              },
              {
                accessor: 'averageRating',
                title: 'Their rating',
                visibleMediaQuery: (t) => `(min-width: ${t.breakpoints.sm})`,
                render: (u) => <RatingSummary average={u.averageRating} size="xs" none="Not rated" />,
              },
              {
                accessor: 'lastUsedAt',
                title: 'Last used',
                visibleMediaQuery: (t) => `(min-width: ${t.breakpoints.sm})`,
                render: (u) => (
                  <Tooltip label={formatDateTime(u.lastUsedAt, me.workspace.timezone)}>
                    <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                      {fromNow(u.lastUsedAt)}
                    </Text>
                  </Tooltip>
                ),
              },
            ]}
          />
        </Paper>
      ) : null}
      {neverUsed.length > 0 ? (
        <Paper withBorder p="md">
          <Title order={2} fz="md">
            Never used
          </Title>
          <Text size="sm" c="dimmed" mb="md">
            Help this account has not touched yet: worth suggesting at the next check-in. "Copy link" gives
            the resource's tracking link made out to {account.name}, so their use counts here.
          </Text>
          <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
            {neverUsed.map((r) => {
              const url = trackingUrl.get(r.id);
              return (
                <Group key={r.id} component="li" justify="space-between" wrap="nowrap" gap="sm">
                  <ResourceName resource={r} accountId={account.id} />
                  {url ? (
                    <CopyButton value={personalLink(url, { account: account.id })}>
                      {({ copied, copy }) => (
                        <Button
                          size="xs"
                          variant="default"
                          color={copied ? 'teal' : undefined}
                          leftSection={copied ? <IconCheck size={14} /> : <IconCopy size={14} />}
                          onClick={copy}
                          aria-label={`Copy the tracking link of ${r.title} for ${account.name}`}
                          style={{ flexShrink: 0 }}
                        >
                          {copied ? 'Copied' : 'Copy link'}
                        </Button>
                      )}
                    </CopyButton>
                  ) : null}
                </Group>
              );
            })}
          </Stack>
        </Paper>
      ) : (
        <Text size="sm" c="dimmed">
          This account has used every resource in the catalog.
        </Text>
      )}
      {canWrite ? (
        <RecordUseModal
          opened={recording}
          onClose={() => setRecording(false)}
          account={{ id: account.id, name: account.name }}
        />
      ) : null}
    </Stack>
  );
}

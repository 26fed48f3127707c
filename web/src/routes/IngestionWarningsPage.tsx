import {
  Anchor,
  Badge,
  Breadcrumbs,
  Button,
  Center,
  Code,
  Group,
  Paper,
  Select,
  Stack,
  Text,
  UnstyledButton,
} from '@mantine/core';
import { IconChevronRight, IconCircleCheck, IconFilterOff } from '@tabler/icons-react';
import type { IngestionWarning } from '@trustcircle/contracts';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { PageHeader } from '../components/PageHeader.tsx';
import { Empty, LoadError, TableSkeleton } from '../components/States.tsx';
import { settingsPath } from '../features/settings/sections.ts';
import { formatDateTime, fromNow } from '../lib/format.ts';
import { can } from '../lib/permissions.ts';
import { useSession } from '../lib/queries/session.ts';
import { useIngestionWarnings, useSources } from '../lib/queries/usage.ts';

/** The server's reasons are lower-case phrases; a table cell reads them as sentences. */
const sentence = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function TypeBadge({ type }: { type: string | null }) {
  return (
    <Badge variant="light" color={type ? 'gray' : 'red'} tt="none">
      {type ?? 'no type'}
    </Badge>
  );
}

function Payload({ warning, tz }: { warning: IngestionWarning; tz: string }) {
  return (
    <Stack gap="xs" p="md">
      <Text size="xs" c="dimmed">
        Received {formatDateTime(warning.receivedAt, tz)} from {warning.source.name}
        {warning.messageId ? ` · messageId ${warning.messageId}` : ''}
      </Text>
      <Code block fz="xs" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
        {JSON.stringify(warning.payload, null, 2)}
      </Code>
    </Stack>
  );
}

/** Events the ingestion API refused one by one, with the reason and what was sent. */
export function IngestionWarningsPage() {
  const me = useSession();
  const tz = me.workspace.timezone;
  const canListSources = can(me.role, 'sources:manage');
  const [params, setParams] = useSearchParams();
  const sourceId = params.get('source');
  const sources = useSources(canListSources);
  const warnings = useIngestionWarnings(sourceId);
  const [expanded, setExpanded] = useState<string[]>([]);
  const records = warnings.data?.pages.flatMap((p) => p.data) ?? [];
  const setSource = (id: string | null) => setParams(id ? { source: id } : {}, { replace: true });

  return (
    <>
      <PageHeader
        above={
          <Breadcrumbs separatorMargin={6}>
            <Anchor component={Link} to={settingsPath('sources')} size="sm">
              Sources
            </Anchor>
            <Text size="sm" c="dimmed">
              Ingestion warnings
            </Text>
          </Breadcrumbs>
        }
        title="Ingestion warnings"
        description="Events your product sent that could not be stored, newest first. The rest of their batch was stored; fix the sender and the next events go through. Click a row to see what was sent."
      />
      {canListSources && (sources.data?.data.length ?? 0) > 0 ? (
        <Group gap="sm" align="flex-end" mb="md">
          <Select
            label="Source"
            placeholder="All sources"
            data={(sources.data?.data ?? []).map((s) => ({
              value: s.id,
              label: s.revokedAt ? `${s.name} (revoked)` : s.name,
            }))}
            value={sourceId}
            onChange={setSource}
            clearable
            w={260}
          />
        </Group>
      ) : null}
      {warnings.isPending ? (
        <TableSkeleton columns={4} />
      ) : warnings.isError && records.length === 0 ? (
        <LoadError
          error={warnings.error}
          onRetry={() => void warnings.refetch()}
          title="Could not load the warnings"
        />
      ) : records.length === 0 ? (
        <Paper withBorder>
          <Empty
            icon={<IconCircleCheck size={28} />}
            title={sourceId ? 'No warnings from this source' : 'No warnings'}
            description="Every event received so far was stored. When one cannot be (say, a track call without an event name), it shows up here with the reason."
            action={
              sourceId ? (
                <Button
                  variant="default"
                  leftSection={<IconFilterOff size={16} />}
                  onClick={() => setSource(null)}
                >
                  Show all sources
                </Button>
              ) : undefined
            }
          />
        </Paper>
      ) : (
        <Stack gap="md">
          <DataTable<IngestionWarning>
            withTableBorder
            borderRadius="md"
            highlightOnHover
            verticalSpacing="sm"
            records={records}
            idAccessor="id"
            fetching={warnings.isFetching && warnings.isPlaceholderData}
            rowExpansion={{
              allowMultiple: true,
              expanded: { recordIds: expanded, onRecordIdsChange: setExpanded },
              content: ({ record }) => <Payload warning={record} tz={tz} />,
            }}
            columns={[
              {
                accessor: 'receivedAt',
                title: 'Time',
                visibleMediaQuery: (t) => `(min-width: ${t.breakpoints.sm})`,
                render: (w) => (
                  <Text
                    size="sm"
                    c="dimmed"
                    title={formatDateTime(w.receivedAt, tz)}
                    style={{ whiteSpace: 'nowrap' }}
                  >
                    {fromNow(w.receivedAt)}
                  </Text>
                ),
              },
              {
                accessor: 'source',
                title: 'Source',
                visibleMediaQuery: (t) => `(min-width: ${t.breakpoints.md})`,
                render: (w) => <Text size="sm">{w.source.name}</Text>,
              },
              {
                accessor: 'type',
                title: 'Type',
                visibleMediaQuery: (t) => `(min-width: ${t.breakpoints.sm})`,
                render: (w) => <TypeBadge type={w.type} />,
              },
              {
                accessor: 'reason',
                title: 'Reason',
                render: (w) => (
                  <Stack gap={2} style={{ minWidth: 0 }}>
                    {/* The row toggles on click; this button makes that reachable by keyboard. */}
                    <UnstyledButton aria-expanded={expanded.includes(w.id)} fz="sm" fw={500}>
                      <IconChevronRight
                        size={14}
                        aria-hidden="true"
                        style={{
                          verticalAlign: -2,
                          marginRight: 4,
                          transition: 'transform 150ms',
                          transform: expanded.includes(w.id) ? 'rotate(90deg)' : undefined,
                        }}
                      />
                      {sentence(w.reason)}
                    </UnstyledButton>
                    <Group gap={6} hiddenFrom="sm" wrap="nowrap">
                      <TypeBadge type={w.type} />
                      <Text size="xs" c="dimmed" truncate="end">
                        {fromNow(w.receivedAt)} · {w.source.name}
                      </Text>
                    </Group>
                  </Stack>
                ),
              },
            ]}
          />
          {warnings.hasNextPage ? (
            <Center>
              <Button
                variant="default"
                onClick={() => void warnings.fetchNextPage()}
                loading={warnings.isFetchingNextPage}
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

import { Anchor, Group, Stack, Text, Tooltip } from '@mantine/core';
import type { Resource } from '@trustcircle/contracts';
import { DataTable, type DataTableSortStatus } from 'mantine-datatable';
import type { ReactNode } from 'react';
import { Link, useNavigate } from 'react-router';
import { formatDateTime, fromNow } from '../../lib/format.ts';
import { RESOURCE_KIND_META } from './meta.tsx';
import { RatingSummary } from './RatingSummary.tsx';
import { ResourceKindIcon } from './ResourceKindIcon.tsx';
import { UsesTrend } from './UsesTrend.tsx';

export const RESOURCE_SORTS = [
  'title',
  'uses30d',
  'accountsReached',
  'averageRating',
  'helpfulShare',
  'lastUsedAt',
] as const;
export type ResourceSort = (typeof RESOURCE_SORTS)[number];
export const isResourceSort = (v: string): v is ResourceSort =>
  (RESOURCE_SORTS as readonly string[]).includes(v);

/** The catalog is small and loaded whole, so it sorts in the browser; empty figures go last. */
export function sortResources(records: Resource[], sort: ResourceSort, direction: 'asc' | 'desc') {
  const value = (r: Resource): string | number | null =>
    sort === 'title' ? r.title.toLowerCase() : sort === 'lastUsedAt' ? r.stats.lastUsedAt : r.stats[sort];
  const sign = direction === 'asc' ? 1 : -1;
  return [...records].sort((a, b) => {
    const x = value(a);
    const y = value(b);
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    return (x < y ? -1 : x > y ? 1 : 0) * sign || a.title.localeCompare(b.title);
  });
}

/** A column title on two short lines, with what the figure means as its tooltip. */
const TwoLines = ({ top, bottom, hint }: { top: string; bottom: string; hint: string }) => (
  <Tooltip label={hint} multiline maw={260}>
    <Stack gap={0} component="span">
      <span>{top}</span>
      <Text span size="xs" c="dimmed" fw={500}>
        {bottom}
      </Text>
    </Stack>
  </Tooltip>
);

const tabular = { fontVariantNumeric: 'tabular-nums' } as const;

type Props = {
  records: Resource[];
  sort: ResourceSort;
  direction: 'asc' | 'desc';
  onSort: (sort: ResourceSort, direction: 'asc' | 'desc') => void;
  timezone: string;
  empty: ReactNode;
};

export function ResourcesTable({ records, sort, direction, onSort, timezone, empty }: Props) {
  const navigate = useNavigate();
  const status: DataTableSortStatus<Resource> = { columnAccessor: sort, direction };
  return (
    <DataTable<Resource>
      withTableBorder
      borderRadius="md"
      highlightOnHover
      verticalSpacing="sm"
      minHeight={records.length ? undefined : 280}
      records={records}
      idAccessor="id"
      emptyState={records.length === 0 ? empty : undefined}
      noRecordsText=""
      sortStatus={status}
      onSortStatusChange={({ columnAccessor, direction: d }) => {
        const key = String(columnAccessor);
        onSort(isResourceSort(key) ? key : 'title', d);
      }}
      onRowClick={({ record, event }) => {
        if ((event.target as HTMLElement).closest('a')) return;
        navigate(`/resources/${record.id}`);
      }}
      columns={[
        {
          accessor: 'title',
          title: 'Resource',
          sortable: true,
          render: (r) => (
            <Group gap="sm" wrap="nowrap" align="flex-start">
              <ResourceKindIcon kind={r.kind} size="lg" />
              <Stack gap={0} style={{ minWidth: 0 }}>
                <Anchor
                  component={Link}
                  to={`/resources/${r.id}`}
                  fw={600}
                  size="sm"
                  c="var(--mantine-color-text)"
                  style={{ overflowWrap: 'anywhere' }}
                >
                  {r.title}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {RESOURCE_KIND_META[r.kind].label}
                </Text>
                {/* On a phone the figures that matter most sit under the title. */}
                <Group gap={8} mt={4} hiddenFrom="sm" wrap="wrap">
                  <Text size="xs" style={tabular}>
                    {r.stats.uses30d.toLocaleString()} {r.stats.uses30d === 1 ? 'use' : 'uses'} in 30 days
                  </Text>
                  {r.stats.averageRating !== null ? (
                    <RatingSummary
                      average={r.stats.averageRating}
                      ratings={r.stats.ratings}
                      size="xs"
                      compact
                    />
                  ) : null}
                </Group>
              </Stack>
            </Group>
          ),
        },
        {
          accessor: 'owner',
          title: 'Owner',
          visibleMediaQuery: (t) => `(min-width: ${t.breakpoints.lg})`,
          render: (r) =>
            r.owner ? (
              <Text size="sm">{r.owner.name}</Text>
            ) : (
              <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                No owner
              </Text>
            ),
        },
        {
          accessor: 'uses30d',
          title: (
            <TwoLines
              top="Uses"
              bottom="last 30 days"
              hint="Link clicks, product events and uses recorded by hand in the last 30 days, against the 30 days before"
            />
          ),
          sortable: true,
          visibleMediaQuery: (t) => `(min-width: ${t.breakpoints.sm})`,
          render: (r) => (
            <Stack gap={0}>
              <Text size="sm" fw={600} style={tabular} c={r.stats.uses30d ? undefined : 'dimmed'}>
                {r.stats.uses30d.toLocaleString()}
              </Text>
              <UsesTrend current={r.stats.uses30d} previous={r.stats.usesPrevious30d} />
            </Stack>
          ),
        },
        {
          accessor: 'accountsReached',
          title: <TwoLines top="Accounts" bottom="reached" hint="Accounts that used it at least once" />,
          sortable: true,
          textAlign: 'right',
          visibleMediaQuery: (t) => `(min-width: ${t.breakpoints.md})`,
          render: (r) => (
            <Text size="sm" style={tabular} c={r.stats.accountsReached ? undefined : 'dimmed'}>
              {r.stats.accountsReached.toLocaleString()}
            </Text>
          ),
        },
        {
          accessor: 'averageRating',
          title: 'Rating',
          sortable: true,
          visibleMediaQuery: (t) => `(min-width: ${t.breakpoints.sm})`,
          render: (r) => (
            <RatingSummary average={r.stats.averageRating} ratings={r.stats.ratings} size="xs" />
          ),
        },
        {
          accessor: 'helpfulShare',
          title: (
            <TwoLines top="Helpful" bottom="rated 4 or 5" hint="The share of ratings of 4 or 5 out of 5" />
          ),
          sortable: true,
          textAlign: 'right',
          visibleMediaQuery: (t) => `(min-width: ${t.breakpoints.lg})`,
          render: (r) =>
            r.stats.helpfulShare === null ? (
              <Text size="sm" c="dimmed">
                —
              </Text>
            ) : (
              <Text size="sm" style={tabular}>
                {Math.round(r.stats.helpfulShare * 100)}%
              </Text>
            ),
        },
        {
          accessor: 'lastUsedAt',
          title: 'Last used',
          sortable: true,
          visibleMediaQuery: (t) => `(min-width: ${t.breakpoints.md})`,
          render: (r) =>
            r.stats.lastUsedAt ? (
              <Tooltip label={formatDateTime(r.stats.lastUsedAt, timezone)}>
                <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                  {fromNow(r.stats.lastUsedAt)}
                </Text>
              </Tooltip>
            ) : (
              <Text size="sm" c="dimmed">
                Never
              </Text>
            ),
        },
      ]}
    />
  );
}

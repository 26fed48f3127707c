import { BarChart } from '@mantine/charts';
import { Group, Paper, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { IconChecklist } from '@tabler/icons-react';
import type { PromiseListQuery } from '@trustcircle/contracts';
import dayjs from 'dayjs';
import { useState } from 'react';
import { CursorPager } from '../components/CursorPager.tsx';
import { PageHeader } from '../components/PageHeader.tsx';
import { BlockSkeleton, Empty, LoadError } from '../components/States.tsx';
import { OwnerSelect } from '../features/accounts/OwnerSelect.tsx';
import { KeepingSummary } from '../features/promises/KeepingSummary.tsx';
import { formatRate } from '../features/promises/meta.ts';
import { PromiseList } from '../features/promises/PromiseList.tsx';
import { can } from '../lib/permissions.ts';
import { usePromiseStats, usePromises } from '../lib/queries/promises.ts';
import { useSession } from '../lib/queries/session.ts';
import { useCursorStack } from '../lib/useCursorStack.ts';

const VIEWS = {
  owed: { label: 'Still owed', query: { active: true } },
  overdue: { label: 'Overdue', query: { overdue: true } },
  kept: { label: 'Kept', query: { status: ['kept', 'late'], sort: '-dueOn' } },
  broken: { label: 'Broken', query: { status: ['broken'], sort: '-dueOn' } },
  all: { label: 'All', query: { sort: '-dueOn' } },
} as const satisfies Record<string, { label: string; query: Partial<PromiseListQuery> }>;
type View = keyof typeof VIEWS;
const PAGE = 25;

/** The workspace's promise ledger: who keeps their word, month by month, and what is owed now. */
export function PromisesPage() {
  const me = useSession();
  const [view, setView] = useState<View>('owed');
  const [ownerId, setOwnerId] = useState<string | null>(null);
  const filters = { ...VIEWS[view].query, ...(ownerId ? { ownerId } : {}) };
  const pages = useCursorStack(JSON.stringify(filters));
  const list = usePromises({
    ...filters,
    limit: PAGE,
    count: true,
    ...(pages.cursor ? { cursor: pages.cursor } : {}),
  });
  const stats = usePromiseStats(ownerId ? { ownerId } : {});
  const canWrite = can(me.role, 'data:write');

  return (
    <>
      <PageHeader
        title="Promises"
        description="Every promise made to a customer, and whether it was kept. The figures cover the last 12 months; the keeping rate is kept on time ÷ promises that came due."
      />
      <Stack gap="lg">
        <Group gap="sm" align="flex-end">
          <OwnerSelect
            label="Promised by"
            placeholder="Anyone"
            value={ownerId}
            onChange={setOwnerId}
            w={240}
          />
        </Group>
        {stats.isPending ? (
          <BlockSkeleton lines={3} />
        ) : stats.isError ? (
          <LoadError error={stats.error} onRetry={() => void stats.refetch()} />
        ) : (
          <>
            <KeepingSummary stats={stats.data} />
            <Group align="stretch" grow wrap="wrap">
              <Paper withBorder p="md" radius="md" miw={300}>
                <Title order={4} mb="sm">
                  By month due
                </Title>
                <BarChart
                  h={220}
                  data={stats.data.byMonth.map((m) => ({
                    month: dayjs(`${m.month}-01`).format('MMM YY'),
                    'Kept on time': m.kept,
                    'Kept late': m.late,
                    Broken: m.broken,
                    Overdue: m.overdue,
                  }))}
                  dataKey="month"
                  type="stacked"
                  withLegend
                  series={[
                    { name: 'Kept on time', color: 'teal.6' },
                    { name: 'Kept late', color: 'yellow.5' },
                    { name: 'Broken', color: 'red.6' },
                    { name: 'Overdue', color: 'orange.5' },
                  ]}
                />
              </Paper>
              <Paper withBorder p="md" radius="md" miw={300}>
                <Title order={4} mb="sm">
                  By team member
                </Title>
                {stats.data.byOwner.length ? (
                  <Table.ScrollContainer minWidth={320}>
                    <Table striped>
                      <Table.Thead>
                        <Table.Tr>
                          <Table.Th>Promised by</Table.Th>
                          <Table.Th ta="right">Came due</Table.Th>
                          <Table.Th ta="right">On time</Table.Th>
                          <Table.Th ta="right">Rate</Table.Th>
                        </Table.Tr>
                      </Table.Thead>
                      <Table.Tbody>
                        {stats.data.byOwner.map((o) => (
                          <Table.Tr key={o.owner?.id ?? 'none'}>
                            <Table.Td>{o.owner?.name ?? 'Nobody'}</Table.Td>
                            <Table.Td ta="right">{o.due}</Table.Td>
                            <Table.Td ta="right">{o.kept}</Table.Td>
                            <Table.Td ta="right" fw={600}>
                              {formatRate(o.keepingRate)}
                            </Table.Td>
                          </Table.Tr>
                        ))}
                      </Table.Tbody>
                    </Table>
                  </Table.ScrollContainer>
                ) : (
                  <Text size="sm" c="dimmed">
                    No promise has come due in the last 12 months.
                  </Text>
                )}
              </Paper>
            </Group>
          </>
        )}
        <SegmentedControl
          value={view}
          onChange={(v) => setView(v as View)}
          data={Object.entries(VIEWS).map(([value, v]) => ({ value, label: v.label }))}
          style={{ alignSelf: 'flex-start' }}
        />
        {list.isPending ? (
          <BlockSkeleton lines={6} />
        ) : list.isError ? (
          <LoadError error={list.error} onRetry={() => void list.refetch()} />
        ) : list.data.data.length === 0 ? (
          <Empty
            icon={<IconChecklist size={28} />}
            title={view === 'overdue' ? 'Nothing overdue' : 'No promises here'}
            description="Promises are recorded on an account's Promises tab, or all at once in a sales hand-off."
          />
        ) : (
          <>
            <PromiseList promises={list.data.data} canWrite={canWrite} showAccount />
            <CursorPager
              page={pages.page}
              pageSize={PAGE}
              shown={list.data.data.length}
              total={list.data.total}
              hasPrevious={pages.hasPrevious}
              hasNext={!!list.data.nextCursor}
              onPrevious={pages.previous}
              onNext={() => pages.next(list.data.nextCursor)}
              busy={list.isFetching}
              noun="promises"
            />
          </>
        )}
      </Stack>
    </>
  );
}

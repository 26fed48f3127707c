import { BarChart } from '@mantine/charts';
import { Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import dayjs from 'dayjs';
import { useState } from 'react';
import { PageHeader } from '../components/PageHeader.tsx';
import { BlockSkeleton, LoadError } from '../components/States.tsx';
import { STAGE_META } from '../features/accounts/meta.ts';
import { PHASE_META } from '../features/lifecycle/meta.ts';
import { useFunnel } from '../lib/queries/lifecycle.ts';

/** Short stays in days, long ones in months. */
const days = (d: number | null) =>
  d === null
    ? '—'
    : d < 60
      ? `${Math.round(d)} d`
      : `${(d / 30.44).toLocaleString('en-US', { maximumFractionDigits: 1 })} mo`;
const percent = (r: number | null) => (r === null ? '—' : `${Math.round(r * 1000) / 10}%`);

type StayRow = {
  key: string;
  name: string;
  count: number;
  averageDays: number | null;
  currentAverageDays: number | null;
};

function StaysTable({ rows, label }: { rows: StayRow[]; label: string }) {
  return (
    <Table.ScrollContainer minWidth={300} type="native">
      <Table striped highlightOnHover aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{label}</Table.Th>
            <Table.Th ta="right">Accounts</Table.Th>
            <Table.Th ta="right">Average stay</Table.Th>
            <Table.Th ta="right">There so far</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.key}>
              <Table.Td>{r.name}</Table.Td>
              <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                {r.count.toLocaleString('en-US')}
              </Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {days(r.averageDays)}
              </Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {days(r.currentAverageDays)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The Trust Circle funnel: where accounts are, how long they stay, who moved on in a period. */
export function FunnelPage() {
  const [range, setRange] = useState<[string | null, string | null]>([
    dayjs().subtract(89, 'day').format('YYYY-MM-DD'),
    dayjs().format('YYYY-MM-DD'),
  ]);
  // The report follows the picker only once both ends are chosen.
  const [period, setPeriod] = useState<[string, string]>([range[0] ?? '', range[1] ?? '']);
  const funnel = useFunnel(period[0], period[1]);
  const f = funnel.data;
  return (
    <>
      <PageHeader
        title="Trust Circle funnel"
        description="Stranger → prospect → customer → advocate: where your accounts are, how long they stay, and how many moved on in the period."
        actions={
          <DatePickerInput
            type="range"
            label="Period"
            value={range}
            onChange={(v) => {
              const next: [string | null, string | null] = [
                v[0] ? dayjs(v[0]).format('YYYY-MM-DD') : null,
                v[1] ? dayjs(v[1]).format('YYYY-MM-DD') : null,
              ];
              setRange(next);
              if (next[0] && next[1]) setPeriod([next[0], next[1]]);
            }}
            valueFormat="MMM D, YYYY"
            maxDate={new Date()}
            w={280}
          />
        }
      />
      {funnel.isError ? (
        <LoadError error={funnel.error} onRetry={() => void funnel.refetch()} />
      ) : !f ? (
        <BlockSkeleton lines={8} />
      ) : (
        <Stack gap="lg">
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
            <Paper withBorder p="md">
              <Title order={2} fz="lg" mb="sm">
                Accounts per stage
              </Title>
              <BarChart
                h={240}
                data={f.stages.map((s) => ({ stage: STAGE_META[s.stage].label, Accounts: s.count }))}
                dataKey="stage"
                series={[{ name: 'Accounts', color: 'blue.6' }]}
                tickLine="y"
                yAxisProps={{ allowDecimals: false }}
                // Every stage named, even on a phone.
                xAxisProps={{ interval: 0, tick: { fontSize: 11 } }}
                aria-label="Accounts per stage"
              />
            </Paper>
            <Paper withBorder p="md">
              <Title order={2} fz="lg" mb="sm">
                Conversions in the period
              </Title>
              <Table aria-label="Conversions">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Move</Table.Th>
                    <Table.Th ta="right">Were there</Table.Th>
                    <Table.Th ta="right">Moved on</Table.Th>
                    <Table.Th ta="right">Rate</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {f.conversions.map((c) => (
                    <Table.Tr key={`${c.from}-${c.to}`}>
                      <Table.Td>
                        {STAGE_META[c.from].label} → {STAGE_META[c.to].label}
                      </Table.Td>
                      <Table.Td ta="right">{c.cohort.toLocaleString('en-US')}</Table.Td>
                      <Table.Td ta="right">{c.converted.toLocaleString('en-US')}</Table.Td>
                      <Table.Td ta="right" fw={600}>
                        {percent(c.rate)}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
              <Text size="xs" c="dimmed" mt="xs">
                Of the accounts in the first stage at some time in the period, those that made the move within
                it.
              </Text>
            </Paper>
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
            <Paper withBorder p="md">
              <StaysTable
                label="Stage"
                rows={f.stages.map((s) => ({ ...s, key: s.stage, name: STAGE_META[s.stage].label }))}
              />
            </Paper>
            <Paper withBorder p="md">
              <StaysTable
                label="Customer phase"
                rows={f.phases.map((s) => ({ ...s, key: s.phase, name: PHASE_META[s.phase].label }))}
              />
            </Paper>
          </SimpleGrid>
          <Group>
            <Text size="xs" c="dimmed">
              Accounts are counted at the end of the period. Average stay: the stays that ended before the
              period's end, whenever they began. There so far: the time the accounts there now have spent so
              far.
            </Text>
          </Group>
        </Stack>
      )}
    </>
  );
}

import { BarChart } from '@mantine/charts';
import { Group, SimpleGrid, Text, Tooltip } from '@mantine/core';
import { IconArrowDownRight, IconArrowRight, IconArrowUpRight } from '@tabler/icons-react';
import type { AccountUsage } from '@trustcircle/contracts';
import { useMemo } from 'react';
import { BlockSkeleton, LoadError } from '../../../components/States.tsx';
import { dayjs, formatDateTime, fromNow } from '../../../lib/format.ts';
import { useSession } from '../../../lib/queries/session.ts';
import { useAccountUsage } from '../../../lib/queries/usage.ts';
import { DEFAULT_RANGE, formatChange, rangeOf } from '../../usage/meta.ts';
import { weeklyUsage } from '../../usage/weekly.ts';
import { Fact } from './Fact.tsx';
import { SummaryCard } from './SummaryCard.tsx';

const WEEKS = 12;
const short = (day: string) => dayjs.utc(day).format('MMM D');

/** Events over the last 30 days against the 30 before: a rise reads green, a fall red. */
function Trend({ trend }: { trend: AccountUsage['trend'] }) {
  const hint = `${trend.current.toLocaleString()} events in the last 30 days, ${trend.previous.toLocaleString()} in the 30 before`;
  if (trend.change === null) {
    return (
      <Text size="sm" fw={600} c="dimmed">
        {trend.current > 0 ? 'New' : '—'}
      </Text>
    );
  }
  const pct = Math.round(trend.change * 100);
  const color = pct > 0 ? 'teal.8' : pct < 0 ? 'red.8' : undefined;
  const Icon = pct > 0 ? IconArrowUpRight : pct < 0 ? IconArrowDownRight : IconArrowRight;
  return (
    <Tooltip label={hint} withArrow>
      <Group gap={2} wrap="nowrap" tabIndex={0} aria-label={`Events ${formatChange(trend.change)}. ${hint}`}>
        <Text size="sm" fw={600} c={color} data-testid="usage-trend">
          {formatChange(trend.change)}
        </Text>
        <Icon
          size={16}
          color={color ? `var(--mantine-color-${color.replace('.', '-')})` : undefined}
          aria-hidden
        />
      </Group>
    </Tooltip>
  );
}

function WeeklyChart({ usage }: { usage: AccountUsage }) {
  const weeks = useMemo(() => weeklyUsage(usage.byDay, usage.to, WEEKS), [usage.byDay, usage.to]);
  const data = weeks.map((w) => ({ ...w, label: short(w.from) }));
  return (
    <BarChart
      h={120}
      data={data}
      dataKey="label"
      series={[{ name: 'events', label: 'Events', color: 'brand.6' }]}
      gridAxis="none"
      tickLine="none"
      withYAxis={false}
      barProps={{ radius: [3, 3, 0, 0] }}
      xAxisProps={{ interval: 'preserveStartEnd', minTickGap: 16 }}
      tooltipProps={{
        labelFormatter: (_, payload) => {
          const w = payload?.[0]?.payload as (typeof data)[number] | undefined;
          return w ? `${short(w.from)} – ${short(w.to)} · up to ${w.peakPeople} people a day` : '';
        },
      }}
      valueFormatter={(v) => v.toLocaleString()}
      aria-label={`Bar chart of events per week over the last ${WEEKS} weeks`}
      data-testid="usage-chart"
    />
  );
}

/** Who uses the product, whether that is growing, and the last weeks at a glance. */
export function UsageSummary({ accountId }: { accountId: string }) {
  const me = useSession();
  // The Usage tab's default period: both read one cached answer.
  const range = useMemo(() => rangeOf(DEFAULT_RANGE), []);
  const usage = useAccountUsage(accountId, range);
  const u = usage.data;
  return (
    <SummaryCard title="Product usage" testId="summary-usage" more={{ tab: 'usage', label: 'Usage' }}>
      {usage.isError ? (
        <LoadError
          error={usage.error}
          onRetry={() => void usage.refetch()}
          title="Could not load the usage"
        />
      ) : !u ? (
        <BlockSkeleton lines={4} />
      ) : u.totalEvents === 0 && !u.lastSeenAt ? (
        <Text size="sm" c="dimmed">
          No product usage yet: it shows here once the product sends this account's events.
        </Text>
      ) : (
        <>
          <SimpleGrid cols={3} spacing="sm">
            <Fact label="Active people" testId="usage-active">
              <Text size="sm" fw={600}>
                {u.activeUsers.monthly.toLocaleString()}
                <Text span size="xs" c="dimmed" fw={400}>
                  {' '}
                  in 30 days
                </Text>
              </Text>
              <Text size="xs" c="dimmed">
                {u.activeUsers.weekly.toLocaleString()} in 7 days
              </Text>
            </Fact>
            <Fact label="30-day trend">
              <Trend trend={u.trend} />
              <Text size="xs" c="dimmed">
                events
              </Text>
            </Fact>
            <Fact label="Last seen">
              <Tooltip label={formatDateTime(u.lastSeenAt, me.workspace.timezone)} disabled={!u.lastSeenAt}>
                <Text size="sm" fw={600} c={u.lastSeenAt ? undefined : 'dimmed'}>
                  {u.lastSeenAt ? fromNow(u.lastSeenAt) : 'Never'}
                </Text>
              </Tooltip>
            </Fact>
          </SimpleGrid>
          <div>
            <Text size="xs" c="dimmed" mb={4}>
              Events per week, last {WEEKS} weeks (UTC days)
            </Text>
            <WeeklyChart usage={u} />
          </div>
        </>
      )}
    </SummaryCard>
  );
}

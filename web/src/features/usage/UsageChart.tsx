import { AreaChart } from '@mantine/charts';
import { Paper, Text, Title } from '@mantine/core';
import type { AccountUsage } from '@trustcircle/contracts';
import { useMemo } from 'react';
import { dayjs } from '../../lib/format.ts';

/** Events per day (left axis) with the people active that day (right axis). */
export function UsageChart({ byDay }: { byDay: AccountUsage['byDay'] }) {
  const data = useMemo(() => byDay.map((d) => ({ day: d.day, events: d.events, users: d.users })), [byDay]);
  const peak = Math.max(0, ...byDay.map((d) => d.events));
  return (
    <Paper withBorder p="md">
      <Title order={3} fz="md">
        Events per day
      </Title>
      <Text size="xs" c="dimmed" mb="md">
        With the number of people active each day. Days are in UTC.
      </Text>
      <AreaChart
        h={240}
        data={data}
        dataKey="day"
        series={[
          { name: 'events', label: 'Events', color: 'brand.6' },
          {
            name: 'users',
            label: 'Active people',
            color: 'teal.7',
            yAxisId: 'right',
            strokeDasharray: '4 3',
          },
        ]}
        withRightYAxis
        withLegend
        legendProps={{ verticalAlign: 'top', height: 36 }}
        withDots={false}
        curveType="monotone"
        fillOpacity={0.2}
        // People are a dashed line on their own axis, so the filled area reads as the events.
        areaProps={(s) => (s.name === 'users' ? { fillOpacity: 0, strokeWidth: 1.5 } : {})}
        gridAxis="y"
        tickLine="none"
        yAxisProps={{ allowDecimals: false, domain: [0, peak > 0 ? 'auto' : 1], width: 44 }}
        rightYAxisProps={{ allowDecimals: false, width: 32 }}
        // Over more than half a year, "Dec 1" needs its year to say which December.
        xAxisProps={{
          minTickGap: 24,
          tickFormatter: (d: string) => dayjs.utc(d).format(byDay.length > 180 ? "MMM D 'YY" : 'MMM D'),
        }}
        tooltipProps={{ labelFormatter: (d) => dayjs.utc(String(d)).format('ddd, MMM D, YYYY') }}
        valueFormatter={(v) => v.toLocaleString()}
        aria-label="Chart of events and active people per day"
      />
    </Paper>
  );
}

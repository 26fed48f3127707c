import { Group, Paper, SimpleGrid, Stack, Text, Tooltip } from '@mantine/core';
import { IconArrowDownRight, IconArrowRight, IconArrowUpRight } from '@tabler/icons-react';
import type { AccountUsage } from '@trustcircle/contracts';
import type { ReactNode } from 'react';
import { formatDateTime, fromNow } from '../../lib/format.ts';
import { formatChange } from './meta.ts';

const number = (n: number) => n.toLocaleString();

export function Stat({ label, value, hint }: { label: string; value: ReactNode; hint?: ReactNode }) {
  return (
    <Paper withBorder p="md">
      <Stack gap={4}>
        <Text size="xs" c="dimmed" tt="uppercase" fw={600} style={{ letterSpacing: '0.04em' }}>
          {label}
        </Text>
        {value}
        {hint ? (
          <Text size="xs" c="dimmed">
            {hint}
          </Text>
        ) : null}
      </Stack>
    </Paper>
  );
}

export const Big = ({ children, c }: { children: ReactNode; c?: string }) => (
  <Text fz={{ base: 20, sm: 26 }} fw={650} lh={1.15} c={c} style={{ fontVariantNumeric: 'tabular-nums' }}>
    {children}
  </Text>
);

/** A rise shows green and a fall red: for usage, more is better. */
function Trend({ trend }: { trend: AccountUsage['trend'] }) {
  const { change, current, previous } = trend;
  const hint = `${number(current)} events in the last 30 days, ${number(previous)} in the 30 before`;
  if (change === null) {
    return (
      <Stat
        label="30-day trend"
        value={<Big c="dimmed">{current > 0 ? 'New' : '—'}</Big>}
        hint={current > 0 ? 'No events in the 30 days before to compare with' : 'No events in 60 days'}
      />
    );
  }
  const pct = Math.round(change * 100);
  const color = pct > 0 ? 'teal.8' : pct < 0 ? 'red.8' : undefined;
  const Icon = pct > 0 ? IconArrowUpRight : pct < 0 ? IconArrowDownRight : IconArrowRight;
  return (
    <Stat
      label="30-day trend"
      value={
        <Group gap={4} wrap="nowrap">
          <Big c={color}>{formatChange(change)}</Big>
          <Icon
            size={22}
            color={color ? `var(--mantine-color-${color.replace('.', '-')})` : undefined}
            aria-hidden="true"
          />
        </Group>
      }
      hint={hint}
    />
  );
}

function ActiveUsers({ active }: { active: AccountUsage['activeUsers'] }) {
  const parts = [
    { label: 'today', value: active.daily },
    { label: '7 days', value: active.weekly },
    { label: '30 days', value: active.monthly },
  ];
  return (
    <Stat
      label="Active people"
      value={
        <Group gap="sm" wrap="nowrap" align="flex-end">
          {parts.map((p) => (
            <Stack key={p.label} gap={0}>
              <Big>{number(p.value)}</Big>
              <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                {p.label}
              </Text>
            </Stack>
          ))}
        </Group>
      }
    />
  );
}

export function UsageStats({
  usage,
  days,
  timezone,
}: {
  usage: AccountUsage;
  days: number;
  timezone: string;
}) {
  return (
    <SimpleGrid cols={{ base: 2, lg: 4 }} spacing={{ base: 'xs', sm: 'md' }}>
      <Stat label="Events" value={<Big>{number(usage.totalEvents)}</Big>} hint={`in the last ${days} days`} />
      <Trend trend={usage.trend} />
      <ActiveUsers active={usage.activeUsers} />
      <Stat
        label="Last seen"
        value={
          <Tooltip label={formatDateTime(usage.lastSeenAt, timezone)} disabled={!usage.lastSeenAt}>
            <Big c={usage.lastSeenAt ? undefined : 'dimmed'}>
              {usage.lastSeenAt ? fromNow(usage.lastSeenAt) : 'Never'}
            </Big>
          </Tooltip>
        }
        hint={usage.lastSeenAt ? 'the latest event of anyone here' : undefined}
      />
    </SimpleGrid>
  );
}

import { Group, Text } from '@mantine/core';
import { IconArrowDownRight, IconArrowRight, IconArrowUpRight } from '@tabler/icons-react';
import { formatChange } from '../usage/meta.ts';

/** Below this many uses before, a percentage says little ("+10,500%"): the count says more. */
const FEW = 5;

/** Uses in the last 30 days against the 30 before; more use of the help reads as good news. */
export function UsesTrend({ current, previous }: { current: number; previous: number }) {
  const title = `${current.toLocaleString()} in the last 30 days, ${previous.toLocaleString()} in the 30 before`;
  if (previous === 0) {
    return (
      <Text size="xs" c="dimmed" title={title}>
        {current > 0 ? 'none the 30 days before' : 'none in 60 days'}
      </Text>
    );
  }
  const change = (current - previous) / previous;
  const pct = Math.round(change * 100);
  const color = pct > 0 ? 'teal-8' : pct < 0 ? 'red-8' : 'dimmed';
  const Icon = pct > 0 ? IconArrowUpRight : pct < 0 ? IconArrowDownRight : IconArrowRight;
  return (
    <Group gap={2} wrap="nowrap" title={title} align="flex-start">
      <Icon
        size={14}
        aria-hidden="true"
        color={`var(--mantine-color-${color})`}
        style={{ flexShrink: 0, marginTop: 1 }}
      />
      <Text size="xs" c="dimmed">
        {previous < FEW ? (
          <Text span size="xs" c={color.replace('-', '.')} fw={500}>
            {pct === 0
              ? 'same as the 30 days before'
              : `${pct > 0 ? 'up' : 'down'} from ${previous.toLocaleString()}`}
          </Text>
        ) : (
          <>
            <Text span size="xs" c={color.replace('-', '.')} fw={500}>
              {formatChange(change)}
            </Text>{' '}
            {/* Wraps as a whole in a narrow card, never in the middle. */}
            <span style={{ whiteSpace: 'nowrap' }}>vs 30 days before</span>
          </>
        )}
      </Text>
    </Group>
  );
}

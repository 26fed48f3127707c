import { BarsList } from '@mantine/charts';
import { Paper, Text, Title } from '@mantine/core';
import type { AccountUsage } from '@trustcircle/contracts';
import { eventLabel } from './meta.ts';

const SHOWN = 8;

/** The events this account sends most, as bars relative to the most frequent. */
export function TopEvents({ byEvent }: { byEvent: AccountUsage['byEvent'] }) {
  const top = byEvent.slice(0, SHOWN);
  const rest = byEvent.length - top.length;
  return (
    <Paper withBorder p="md" h="100%">
      <Title order={3} fz="md" mb="md">
        Top events
      </Title>
      {top.length === 0 ? (
        <Text size="sm" c="dimmed">
          No events in this period.
        </Text>
      ) : (
        <BarsList
          data={top.map((e) => ({ name: eventLabel(e.name), value: e.count }))}
          barsLabel="Event"
          valueLabel="Count"
          barHeight={28}
          barColor="brand"
          variant="light"
          valueFormatter={(v) => v.toLocaleString()}
          // Long names stay on one line and run past a short bar instead of wrapping inside it.
          styles={{ barLabel: { whiteSpace: 'nowrap', overflow: 'visible' } }}
        />
      )}
      {rest > 0 ? (
        <Text size="xs" c="dimmed" mt="sm">
          and {rest} more {rest === 1 ? 'event' : 'events'}
        </Text>
      ) : null}
    </Paper>
  );
}

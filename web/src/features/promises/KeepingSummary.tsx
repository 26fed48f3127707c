import { Group, Paper, SimpleGrid, Text, Tooltip } from '@mantine/core';
import type { PromiseStats } from '@trustcircle/contracts';
import { formatRate } from './meta.ts';

/** The headline figures of promise-keeping: the rate and what it is made of. */
export function KeepingSummary({ stats }: { stats: PromiseStats }) {
  const t = stats.total;
  const figures = [
    {
      label: 'Keeping rate',
      value: formatRate(t.keepingRate),
      hint: 'Kept on time ÷ promises that came due',
    },
    { label: 'Kept on time', value: t.kept, hint: 'Delivered by the due day' },
    { label: 'Kept late', value: t.late, hint: 'Delivered after the due day' },
    { label: 'Broken', value: t.broken, hint: 'Will not be delivered' },
    { label: 'Overdue', value: t.overdue, hint: 'Past due and not delivered yet' },
    { label: 'Open', value: stats.open, hint: 'Still to be delivered, due or not' },
  ];
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, md: 6 }} spacing="sm">
      {figures.map((f) => (
        <Tooltip key={f.label} label={f.hint} withArrow>
          <Paper withBorder p="sm" radius="md">
            <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
              {f.label}
            </Text>
            <Group gap={4} align="baseline">
              <Text fw={700} size="xl" c={f.label === 'Overdue' && Number(f.value) > 0 ? 'red' : undefined}>
                {f.value}
              </Text>
            </Group>
          </Paper>
        </Tooltip>
      ))}
    </SimpleGrid>
  );
}

import { Group, Paper, Rating, Stack, Text } from '@mantine/core';
import type { PlanMilestone } from '@trustcircle/contracts';
import { formatDateTime } from '../../lib/format.ts';

/** The customer's rating of a completed milestone (given on the shared plan), when there is one. */
export function MilestoneRating({ milestone, timeZone }: { milestone: PlanMilestone; timeZone: string }) {
  const r = milestone.rating;
  if (!r) return null;
  return (
    <Paper bg="grape.0" p="xs" px="sm" radius="md" data-testid="milestone-rating">
      <Stack gap={2}>
        <Group gap="xs">
          <Text size="xs" fw={600}>
            Customer rating
          </Text>
          <Rating value={r.score} readOnly size="sm" aria-label={`Rated ${r.score} out of 5`} />
          <Text size="xs" c="dimmed">
            {r.by ? `${r.by.name}, ` : ''}
            {formatDateTime(r.at, timeZone)}
          </Text>
        </Group>
        {r.comment ? (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            “{r.comment}”
          </Text>
        ) : null}
      </Stack>
    </Paper>
  );
}

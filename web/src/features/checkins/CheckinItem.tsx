import { Badge, Group, Paper, Spoiler, Stack, Text } from '@mantine/core';
import type { Checkin } from '@trustcircle/contracts';
import { formatDate } from '../../lib/format.ts';
import { SENTIMENT_META } from './meta.ts';

/** A check-in that happened (or was skipped): when, with whom, how it felt, what was said. */
export function CheckinItem({ checkin: c }: { checkin: Checkin }) {
  const held = c.status === 'done';
  const sentiment = c.sentiment ? SENTIMENT_META[c.sentiment] : null;
  return (
    <Paper withBorder p="sm" radius="md" data-testid="past-checkin">
      <Stack gap={6}>
        <Group gap="xs">
          <Text fw={600} size="sm">
            {held ? `Held ${formatDate(c.heldOn)}` : `Skipped (was ${formatDate(c.scheduledOn)})`}
          </Text>
          {sentiment ? (
            <Badge color={sentiment.color} variant="light">
              {sentiment.label}
            </Badge>
          ) : null}
          {!held ? (
            <Badge color="orange" variant="light">
              Skipped
            </Badge>
          ) : null}
          {c.owner ? (
            <Text size="xs" c="dimmed">
              by {c.owner.name}
            </Text>
          ) : null}
        </Group>
        {c.attendees.length ? (
          <Text size="xs" c="dimmed">
            With {c.attendees.map((a) => a.name).join(', ')}
          </Text>
        ) : null}
        {c.notes ? (
          <Spoiler maxHeight={66} showLabel="Show all" hideLabel="Show less">
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {held ? c.notes : `Why: ${c.notes}`}
            </Text>
          </Spoiler>
        ) : null}
      </Stack>
    </Paper>
  );
}

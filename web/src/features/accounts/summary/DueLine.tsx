import { Badge, Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { formatDate } from '../../../lib/format.ts';
import { daysLate } from '../../checkins/meta.ts';
import { relativeDay } from './days.ts';

type Props = {
  title: ReactNode;
  /** the due day (YYYY-MM-DD) */
  day: string;
  overdue: boolean;
  daysOverdue: number;
  /** the workspace's today */
  today: string;
  detail?: ReactNode;
};

/** Something due on a day: what, when, and how late when it is late. */
export function DueLine({ title, day, overdue, daysOverdue, today, detail }: Props) {
  return (
    <Group
      justify="space-between"
      align="flex-start"
      gap="xs"
      wrap="nowrap"
      data-overdue={overdue || undefined}
    >
      <div style={{ minWidth: 0 }}>
        <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
          {title}
        </Text>
        {detail ? (
          <Text size="xs" c="dimmed">
            {detail}
          </Text>
        ) : null}
      </div>
      <div style={{ flexShrink: 0, textAlign: 'right' }}>
        <Text size="xs" fw={500} style={{ whiteSpace: 'nowrap' }}>
          {formatDate(day)}
        </Text>
        {overdue ? (
          <Badge size="xs" color="red" variant="filled">
            {daysLate(daysOverdue)}
          </Badge>
        ) : (
          <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
            {relativeDay(day, today)}
          </Text>
        )}
      </div>
    </Group>
  );
}

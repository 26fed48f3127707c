import { Badge, Group } from '@mantine/core';
import type { PromiseItem } from '@trustcircle/contracts';
import { PROMISE_STATUS_META } from './meta.ts';

/** The status, and how late an active promise is. */
export function PromiseStatusBadge({ promise }: { promise: PromiseItem }) {
  const meta = PROMISE_STATUS_META[promise.status];
  return (
    <Group gap={4}>
      <Badge color={meta.color} variant="light">
        {meta.label}
      </Badge>
      {promise.overdue ? (
        <Badge color="red" variant="filled">
          {promise.daysOverdue === 1 ? '1 day overdue' : `${promise.daysOverdue} days overdue`}
        </Badge>
      ) : null}
    </Group>
  );
}

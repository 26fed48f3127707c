import { Badge } from '@mantine/core';
import type { Need } from '@trustcircle/contracts';
import { NEED_PRIORITY_META, NEED_STATUS_META } from './meta.ts';

export function NeedStatusBadge({ status }: { status: Need['status'] }) {
  const meta = NEED_STATUS_META[status];
  return (
    <Badge color={meta.color} variant="light">
      {meta.label}
    </Badge>
  );
}

export function NeedPriorityBadge({ priority }: { priority: Need['priority'] }) {
  const meta = NEED_PRIORITY_META[priority];
  return (
    <Badge color={meta.color} variant="outline" size="sm">
      {meta.label} priority
    </Badge>
  );
}

import { Badge, type BadgeProps } from '@mantine/core';
import type { PlanHealth } from '@trustcircle/contracts';
import { HEALTH_META } from './meta.ts';

/** On track, at risk or stalled: how overdue the plan's most overdue open task is. */
export function HealthBadge({ health, ...props }: { health: PlanHealth } & BadgeProps) {
  const m = HEALTH_META[health];
  return (
    <Badge color={m.color} variant="light" {...props}>
      {m.label}
    </Badge>
  );
}

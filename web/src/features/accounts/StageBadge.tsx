import { Badge, type BadgeProps } from '@mantine/core';
import type { Stage } from '@trustcircle/contracts';
import { STAGE_META } from './meta.ts';

export function StageBadge({ stage, ...props }: { stage: Stage } & BadgeProps) {
  const meta = STAGE_META[stage];
  return (
    <Badge color={meta.color} variant="light" {...props}>
      {meta.label}
    </Badge>
  );
}

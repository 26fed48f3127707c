import { Badge, type BadgeProps, Tooltip } from '@mantine/core';
import type { Phase } from '@trustcircle/contracts';
import { PHASE_META } from './meta.ts';

export function PhaseBadge({ phase, ...props }: { phase: Phase } & BadgeProps) {
  const meta = PHASE_META[phase];
  return (
    <Tooltip label={meta.hint}>
      <Badge color={meta.color} variant="outline" {...props}>
        {meta.label}
      </Badge>
    </Tooltip>
  );
}

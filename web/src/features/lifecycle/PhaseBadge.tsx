import { Badge, type BadgeProps, Tooltip } from '@mantine/core';
import type { Phase } from '@trustcircle/contracts';
import { formatDate } from '../../lib/format.ts';
import { PHASE_META } from './meta.ts';

export function PhaseBadge({ phase, since, ...props }: { phase: Phase; since?: string | null } & BadgeProps) {
  const meta = PHASE_META[phase];
  return (
    <Tooltip label={since ? `${meta.hint} · since ${formatDate(since)}` : meta.hint}>
      <Badge color={meta.color} variant="outline" {...props}>
        {meta.label}
      </Badge>
    </Tooltip>
  );
}

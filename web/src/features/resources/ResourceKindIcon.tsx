import { Badge, ThemeIcon, type ThemeIconProps, Tooltip } from '@mantine/core';
import type { ResourceKind } from '@trustcircle/contracts';
import { RESOURCE_KIND_META } from './meta.tsx';

const ICON_SIZE = { xs: 12, sm: 14, md: 18, lg: 22, xl: 26 } as const;

/** The kind of help as a small coloured icon; the kind's name is its tooltip. */
export function ResourceKindIcon({
  kind,
  size = 'lg',
  ...props
}: { kind: ResourceKind; size?: keyof typeof ICON_SIZE } & Omit<ThemeIconProps, 'size' | 'color'>) {
  const meta = RESOURCE_KIND_META[kind];
  return (
    <Tooltip label={meta.label}>
      <ThemeIcon
        variant="light"
        color={meta.color}
        size={size}
        radius="md"
        role="img"
        aria-label={meta.label}
        style={{ flexShrink: 0 }}
        {...props}
      >
        {meta.icon(ICON_SIZE[size])}
      </ThemeIcon>
    </Tooltip>
  );
}

export function ResourceKindBadge({ kind, size = 'md' }: { kind: ResourceKind; size?: 'sm' | 'md' | 'lg' }) {
  const meta = RESOURCE_KIND_META[kind];
  return (
    <Badge
      variant="light"
      color={meta.color}
      size={size}
      tt="none"
      leftSection={meta.icon(size === 'lg' ? 14 : 12)}
    >
      {meta.label}
    </Badge>
  );
}

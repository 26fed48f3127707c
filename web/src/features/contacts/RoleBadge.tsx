import { Badge, type BadgeProps, Text } from '@mantine/core';
import type { ContactRole } from '@trustcircle/contracts';
import { CONTACT_ROLE_META } from './meta.ts';

export function RoleBadge({ role, ...props }: { role: ContactRole | null } & BadgeProps) {
  if (!role) {
    return (
      <Text size="sm" c="dimmed">
        —
      </Text>
    );
  }
  const meta = CONTACT_ROLE_META[role];
  return (
    <Badge color={meta.color} variant="light" size="sm" {...props}>
      {meta.label}
    </Badge>
  );
}

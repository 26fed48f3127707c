import { Group, Text } from '@mantine/core';

/** The Trust Circle mark: a ring (the circle of trust) around the customer at its centre. */
export function LogoMark({ size = 28 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="8" fill="var(--mantine-color-brand-6)" />
      <circle cx="16" cy="16" r="8.5" fill="none" stroke="#fff" strokeWidth="3" />
      <circle cx="16" cy="16" r="3" fill="#fff" />
    </svg>
  );
}

export function Logo({ size = 28 }: { size?: number }) {
  return (
    <Group gap={10} wrap="nowrap">
      <LogoMark size={size} />
      <Text fw={700} fz={size >= 32 ? 'xl' : 'lg'} lh={1} style={{ letterSpacing: '-0.01em' }}>
        Trust Circle
      </Text>
    </Group>
  );
}

import { Alert, Button, EmptyState, Group, Paper, Skeleton, Stack } from '@mantine/core';
import { IconAlertTriangle, IconRefresh } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { errorMessage } from '../lib/api.ts';

type EmptyProps = { icon: ReactNode; title: string; description: ReactNode; action?: ReactNode };

/** What to show where a list is empty: what this place is for and what to do first. */
export function Empty({ icon, title, description, action }: EmptyProps) {
  return (
    <EmptyState
      py="xl"
      px="md"
      variant="light"
      icon={icon}
      title={title}
      description={description}
      maw={520}
      mx="auto"
    >
      {action ? <EmptyState.Actions>{action}</EmptyState.Actions> : null}
    </EmptyState>
  );
}

/** A failed load, with its reason and a way to try again. */
export function LoadError({
  error,
  onRetry,
  title,
}: {
  error: unknown;
  onRetry?: () => void;
  title?: string;
}) {
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertTriangle size={20} />}
      title={title ?? 'Could not load this'}
      role="alert"
    >
      <Stack gap="sm" align="flex-start">
        {errorMessage(error)}
        {onRetry ? (
          <Button
            size="xs"
            variant="white"
            color="red"
            leftSection={<IconRefresh size={14} />}
            onClick={onRetry}
          >
            Try again
          </Button>
        ) : null}
      </Stack>
    </Alert>
  );
}

/** Placeholder rows while a table loads, shaped like the table that will replace them. */
export function TableSkeleton({ rows = 8, columns = 5 }: { rows?: number; columns?: number }) {
  return (
    <Paper withBorder p="md" aria-busy="true" aria-label="Loading">
      <Stack gap="md">
        <Group gap="md" wrap="nowrap">
          {Array.from({ length: columns }, (_, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity
            <Skeleton key={i} h={10} w={`${100 / columns}%`} />
          ))}
        </Group>
        {Array.from({ length: rows }, (_, r) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity
          <Group key={r} gap="md" wrap="nowrap">
            {Array.from({ length: columns }, (_, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity
              <Skeleton key={i} h={14} w={`${100 / columns}%`} radius="sm" />
            ))}
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}

export function BlockSkeleton({ lines = 4 }: { lines?: number }) {
  return (
    <Stack gap="sm" aria-busy="true" aria-label="Loading">
      {Array.from({ length: lines }, (_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity
        <Skeleton key={i} h={i === 0 ? 22 : 14} w={i === 0 ? '40%' : `${90 - i * 10}%`} radius="sm" />
      ))}
    </Stack>
  );
}

import { Button, Group, Text } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';

type Props = {
  page: number;
  pageSize: number;
  shown: number;
  total?: number;
  hasPrevious: boolean;
  hasNext: boolean;
  onPrevious: () => void;
  onNext: () => void;
  busy?: boolean;
  noun: string;
};

/** Previous / Next over cursor pages, with "Showing 26–50 of 132" when the total is known. */
export function CursorPager({
  page,
  pageSize,
  shown,
  total,
  hasPrevious,
  hasNext,
  onPrevious,
  onNext,
  busy,
  noun,
}: Props) {
  const from = shown === 0 ? 0 : page * pageSize + 1;
  const to = page * pageSize + shown;
  return (
    <Group justify="space-between" mt="sm" gap="xs">
      <Text size="sm" c="dimmed" aria-live="polite">
        {shown === 0
          ? `No ${noun}`
          : total !== undefined
            ? `Showing ${from}–${to} of ${total.toLocaleString()} ${noun}`
            : `Showing ${from}–${to}`}
      </Text>
      {hasPrevious || hasNext ? (
        <Group gap="xs">
          <Button
            variant="default"
            size="xs"
            leftSection={<IconChevronLeft size={14} />}
            disabled={!hasPrevious || busy}
            onClick={onPrevious}
          >
            Previous
          </Button>
          <Button
            variant="default"
            size="xs"
            rightSection={<IconChevronRight size={14} />}
            disabled={!hasNext || busy}
            onClick={onNext}
          >
            Next
          </Button>
        </Group>
      ) : null}
    </Group>
  );
}

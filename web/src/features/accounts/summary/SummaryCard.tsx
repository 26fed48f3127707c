import { Anchor, Group, Paper, Stack, Title } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { type AccountTab, tabSearch } from '../tabs.ts';

type Props = {
  title: string;
  /** the tab that holds the whole story, and what the link to it says */
  more?: { tab: AccountTab; label: string };
  /** a figure or badge beside the title */
  aside?: ReactNode;
  testId: string;
  children: ReactNode;
};

/** One part of the account's summary: a title, what matters now, and the way to the rest. */
export function SummaryCard({ title, more, aside, testId, children }: Props) {
  return (
    <Paper withBorder p="md" data-testid={testId} component="section" aria-label={title}>
      <Stack gap="sm">
        <Group justify="space-between" align="center" gap="xs" wrap="nowrap">
          <Group gap="xs" wrap="wrap" style={{ minWidth: 0 }}>
            <Title order={2} fz="md">
              {title}
            </Title>
            {aside}
          </Group>
          {more ? (
            <Anchor component={Link} to={{ search: tabSearch(more.tab) }} size="sm" style={{ flexShrink: 0 }}>
              <Group gap={4} wrap="nowrap" component="span">
                {more.label}
                <IconArrowRight size={14} aria-hidden />
              </Group>
            </Anchor>
          ) : null}
        </Group>
        {children}
      </Stack>
    </Paper>
  );
}

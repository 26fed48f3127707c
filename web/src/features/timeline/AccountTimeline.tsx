import {
  ActionIcon,
  Anchor,
  Button,
  Center,
  Group,
  Stack,
  Text,
  ThemeIcon,
  Timeline,
  Tooltip,
} from '@mantine/core';
import { IconTimeline, IconTrash } from '@tabler/icons-react';
import type { TimelineEntry } from '@trustcircle/contracts';
import { Link } from 'react-router';
import { BlockSkeleton, Empty, LoadError } from '../../components/States.tsx';
import { confirmAction } from '../../lib/confirm.tsx';
import { formatDateTime, fromNow } from '../../lib/format.ts';
import { notifyError, notifySuccess } from '../../lib/notify.ts';
import { useSession } from '../../lib/queries/session.ts';
import { useDeleteTimelineEntry, useTimeline } from '../../lib/queries/timeline.ts';
import { TIMELINE_KIND_META } from './meta.tsx';
import { TimelineComposer } from './TimelineComposer.tsx';

export function AccountTimeline({ accountId, canWrite }: { accountId: string; canWrite: boolean }) {
  const timeline = useTimeline(accountId);
  const entries = timeline.data?.pages.flatMap((p) => p.data) ?? [];

  return (
    <Stack gap="lg">
      {canWrite ? <TimelineComposer accountId={accountId} /> : null}
      {timeline.isPending ? (
        <BlockSkeleton lines={6} />
      ) : timeline.isError && entries.length === 0 ? (
        <LoadError
          error={timeline.error}
          onRetry={() => void timeline.refetch()}
          title="Could not load the timeline"
        />
      ) : entries.length === 0 ? (
        <Empty
          icon={<IconTimeline size={28} />}
          title="Nothing on the timeline yet"
          description="Calls, meetings, emails and notes about this account show up here, newest first, along with changes Trust Circle records for you."
        />
      ) : (
        <>
          <Timeline bulletSize={30} lineWidth={2} aria-label="Timeline">
            {entries.map((entry) => (
              <Timeline.Item
                key={entry.id}
                bullet={
                  <ThemeIcon
                    size={30}
                    radius="xl"
                    variant={entry.kind === 'system' ? 'default' : 'light'}
                    color={TIMELINE_KIND_META[entry.kind].color}
                    aria-hidden="true"
                  >
                    {TIMELINE_KIND_META[entry.kind].icon(entry.kind === 'system' ? 14 : 16)}
                  </ThemeIcon>
                }
              >
                <EntryBody entry={entry} accountId={accountId} canWrite={canWrite} />
              </Timeline.Item>
            ))}
          </Timeline>
          {timeline.hasNextPage ? (
            <Center>
              <Button
                variant="default"
                onClick={() => void timeline.fetchNextPage()}
                loading={timeline.isFetchingNextPage}
              >
                Load more
              </Button>
            </Center>
          ) : entries.length > 10 ? (
            <Text size="sm" c="dimmed" ta="center">
              That is everything.
            </Text>
          ) : null}
        </>
      )}
    </Stack>
  );
}

function EntryBody({
  entry,
  accountId,
  canWrite,
}: {
  entry: TimelineEntry;
  accountId: string;
  canWrite: boolean;
}) {
  const me = useSession();
  const remove = useDeleteTimelineEntry(accountId);
  const system = entry.kind === 'system';
  const meta = TIMELINE_KIND_META[entry.kind];
  const when = (
    <Tooltip label={formatDateTime(entry.occurredAt, me.workspace.timezone)}>
      <Text span size="xs" c="dimmed">
        <time dateTime={entry.occurredAt}>{fromNow(entry.occurredAt)}</time>
      </Text>
    </Tooltip>
  );
  const askDelete = () =>
    confirmAction({
      title: `Delete this ${meta.label.toLowerCase()}?`,
      message: 'It will be removed from the timeline for everyone.',
      confirmLabel: 'Delete entry',
      onConfirm: () =>
        remove.mutate(entry, {
          onSuccess: () => notifySuccess('Entry deleted'),
          onError: (e) => notifyError(e, 'Could not delete the entry'),
        }),
    });

  if (system) {
    return (
      <Stack gap={2} pt={4} data-kind="system">
        <Group gap={6} wrap="wrap">
          <Text size="sm" c="dimmed" fw={500}>
            {entry.title ?? 'Activity'}
          </Text>
          {when}
        </Group>
        {entry.body && entry.body !== entry.title ? (
          <Text size="xs" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
            {entry.body}
          </Text>
        ) : null}
      </Stack>
    );
  }

  return (
    <Stack gap={4} data-kind={entry.kind}>
      <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
        <Group gap={8} wrap="wrap" style={{ minWidth: 0 }}>
          <Text size="sm" fw={600}>
            {entry.title ?? meta.label}
          </Text>
          {entry.title ? (
            <Text size="xs" c="dimmed">
              {meta.label}
            </Text>
          ) : null}
          {when}
        </Group>
        {canWrite ? (
          <ActionIcon
            variant="subtle"
            color="gray"
            size="sm"
            aria-label={`Delete ${meta.label.toLowerCase()}`}
            onClick={askDelete}
          >
            <IconTrash size={14} />
          </ActionIcon>
        ) : null}
      </Group>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {entry.body}
      </Text>
      {entry.author || entry.contact ? (
        <Text size="xs" c="dimmed">
          {entry.author ? `by ${entry.author.name}` : ''}
          {entry.author && entry.contact ? ' · ' : ''}
          {entry.contact ? (
            <>
              with{' '}
              <Anchor component={Link} to={`/contacts/${entry.contact.id}`} size="xs">
                {entry.contact.name}
              </Anchor>
            </>
          ) : null}
        </Text>
      ) : null}
    </Stack>
  );
}

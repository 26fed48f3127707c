import { Group, Stack, Text, ThemeIcon, Tooltip } from '@mantine/core';
import type { TimelineEntry } from '@trustcircle/contracts';
import { BlockSkeleton, LoadError } from '../../../components/States.tsx';
import { formatDateTime, fromNow } from '../../../lib/format.ts';
import { useSession } from '../../../lib/queries/session.ts';
import { useTimeline } from '../../../lib/queries/timeline.ts';
import { TIMELINE_KIND_META } from '../../timeline/meta.tsx';
import { SummaryCard } from './SummaryCard.tsx';

const LATEST = 4;

function EntryLine({ entry, timezone }: { entry: TimelineEntry; timezone: string }) {
  const meta = TIMELINE_KIND_META[entry.kind];
  // A note has no title; its first words say what it is.
  const what = entry.title ?? entry.body ?? meta.label;
  return (
    <Group gap="sm" wrap="nowrap" align="flex-start" data-testid="summary-timeline-entry">
      <ThemeIcon size={24} radius="xl" variant="light" color={meta.color} aria-label={meta.label}>
        {meta.icon(13)}
      </ThemeIcon>
      <div style={{ minWidth: 0, flex: 1 }}>
        <Text size="sm" lineClamp={2} style={{ overflowWrap: 'anywhere' }}>
          {what}
        </Text>
        <Tooltip label={formatDateTime(entry.occurredAt, timezone)}>
          <Text size="xs" c="dimmed" span>
            {meta.label}
            {entry.author ? ` by ${entry.author.name}` : ''} ·{' '}
            <time dateTime={entry.occurredAt}>{fromNow(entry.occurredAt)}</time>
          </Text>
        </Tooltip>
      </div>
    </Group>
  );
}

/** The last few things that happened with the account, newest first. */
export function TimelineSummary({ accountId }: { accountId: string }) {
  const me = useSession();
  // The Timeline tab's own query: its first page is already here when the tab opens.
  const timeline = useTimeline(accountId);
  const entries = timeline.data?.pages[0]?.data.slice(0, LATEST) ?? [];
  return (
    <SummaryCard
      title="Latest activity"
      testId="summary-timeline"
      more={{ tab: 'timeline', label: 'Timeline' }}
    >
      {timeline.isError && entries.length === 0 ? (
        <LoadError error={timeline.error} onRetry={() => void timeline.refetch()} />
      ) : timeline.isPending ? (
        <BlockSkeleton />
      ) : entries.length === 0 ? (
        <Text size="sm" c="dimmed">
          Nothing on the timeline yet.
        </Text>
      ) : (
        <Stack gap="sm">
          {entries.map((e) => (
            <EntryLine key={e.id} entry={e} timezone={me.workspace.timezone} />
          ))}
        </Stack>
      )}
    </SummaryCard>
  );
}

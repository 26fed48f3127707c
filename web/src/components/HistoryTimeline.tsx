import { Loader, Stack, Text, Timeline } from '@mantine/core';
import { formatDateTime } from '../lib/format.ts';
import { Linkify } from './Linkify.tsx';

export type HistoryEntry = {
  id: string;
  title: string;
  note: string | null;
  by: { type: string; name: string | null };
  at: string;
  /** Shown after who and when, e.g. "at the check-in of Mar 4". */
  context?: string | null;
};

const byLabel = (by: HistoryEntry['by']) =>
  by.name ??
  (by.type === 'system'
    ? 'Trust Circle'
    : by.type === 'rule'
      ? 'A lifecycle rule'
      : by.type === 'apiKey'
        ? 'An API key'
        : 'Someone');

/** A record's history (a promise's, a need's): what changed, the note, who and when. */
export function HistoryTimeline({
  entries,
  pending,
  failed,
}: {
  entries: HistoryEntry[] | undefined;
  pending: boolean;
  failed: boolean;
}) {
  if (pending) return <Loader size="sm" />;
  if (failed || !entries) return <Text c="red">Could not load the history.</Text>;
  return (
    <Timeline bulletSize={12} lineWidth={2}>
      {entries.map((e) => (
        <Timeline.Item
          key={e.id}
          title={
            <Text size="sm" fw={500}>
              {e.title}
            </Text>
          }
        >
          <Stack gap={2}>
            {e.note ? (
              <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {/* A note often carries the evidence of a delivery: its web address opens. */}
                <Linkify text={e.note} />
              </Text>
            ) : null}
            <Text size="xs" c="dimmed">
              {byLabel(e.by)} · {formatDateTime(e.at)}
              {e.context ? ` · ${e.context}` : ''}
            </Text>
          </Stack>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}

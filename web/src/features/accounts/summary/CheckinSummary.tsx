import { Button, Group, Text } from '@mantine/core';
import { IconClipboardList } from '@tabler/icons-react';
import { Link } from 'react-router';
import { BlockSkeleton, LoadError } from '../../../components/States.tsx';
import { formatDate } from '../../../lib/format.ts';
import { useAccountCadence, useCheckins } from '../../../lib/queries/checkins.ts';
import { useSession } from '../../../lib/queries/session.ts';
import { DueLine } from './DueLine.tsx';
import { todayIn } from './days.ts';
import { SummaryCard } from './SummaryCard.tsx';

/** The next check-in, how soon (or how late) it is, and its prep sheet. */
export function CheckinSummary({ accountId }: { accountId: string }) {
  const me = useSession();
  // The same query as the Check-ins tab, so switching tabs shows it at once.
  const scheduled = useCheckins({ accountId, status: ['scheduled'], limit: 5 });
  const cadence = useAccountCadence(accountId);
  const next = scheduled.data?.data[0] ?? null;
  return (
    <SummaryCard
      title="Next check-in"
      testId="summary-checkin"
      more={{ tab: 'checkins', label: 'Check-ins' }}
    >
      {scheduled.isError ? (
        <LoadError error={scheduled.error} onRetry={() => void scheduled.refetch()} />
      ) : !scheduled.data ? (
        <BlockSkeleton lines={2} />
      ) : next ? (
        <Group justify="space-between" align="center" gap="sm">
          <div style={{ flex: '1 1 200px', minWidth: 0 }}>
            <DueLine
              title={next.owner ? `With ${next.owner.name}` : 'Nobody holds it yet'}
              day={next.scheduledOn}
              overdue={next.overdue}
              daysOverdue={next.daysOverdue}
              today={todayIn(me.workspace.timezone)}
            />
          </div>
          <Button
            component={Link}
            to={`/checkins/${next.id}/prep`}
            variant="light"
            size="xs"
            leftSection={<IconClipboardList size={14} />}
          >
            Open prep sheet
          </Button>
        </Group>
      ) : (
        <Text size="sm" c="dimmed">
          No check-in scheduled.{' '}
          {cadence.data?.suggestedOn
            ? `By the cadence, the next one is due ${formatDate(cadence.data.suggestedOn)}.`
            : cadence.data?.cadence === 'none'
              ? 'This account has no regular check-ins.'
              : ''}
        </Text>
      )}
    </SummaryCard>
  );
}

import { Badge, Stack, Text } from '@mantine/core';
import { BlockSkeleton, LoadError } from '../../../components/States.tsx';
import { usePromises } from '../../../lib/queries/promises.ts';
import { useSession } from '../../../lib/queries/session.ts';
import { DueLine } from './DueLine.tsx';
import { todayIn } from './days.ts';
import { SummaryCard } from './SummaryCard.tsx';

const NEXT = 3;

/** What is still owed to the customer: how much, how much is late, and what comes due next. */
export function PromisesSummary({ accountId }: { accountId: string }) {
  const me = useSession();
  // The ledger sorts by due day, so the late ones lead and the next due follow.
  const open = usePromises({ accountId, active: true, limit: NEXT, count: true });
  const overdue = usePromises({ accountId, active: true, overdue: true, limit: 1, count: true });
  const today = todayIn(me.workspace.timezone);
  const late = overdue.data?.total ?? 0;
  return (
    <SummaryCard
      title="Promises"
      testId="summary-promises"
      more={{ tab: 'promises', label: 'All promises' }}
      aside={
        open.data ? (
          <>
            <Badge variant="light" color="gray" data-testid="promises-open">
              {open.data.total ?? open.data.data.length} open
            </Badge>
            {late > 0 ? (
              <Badge variant="filled" color="red" data-testid="promises-overdue">
                {late} overdue
              </Badge>
            ) : null}
          </>
        ) : null
      }
    >
      {open.isError ? (
        <LoadError
          error={open.error}
          onRetry={() => void open.refetch()}
          title="Could not load the promises"
        />
      ) : !open.data ? (
        <BlockSkeleton />
      ) : open.data.data.length === 0 ? (
        <Text size="sm" c="dimmed">
          Nothing owed right now.
        </Text>
      ) : (
        <Stack gap="xs">
          {open.data.data.map((p) => (
            <DueLine
              key={p.id}
              title={p.title}
              day={p.dueOn}
              overdue={p.overdue}
              daysOverdue={p.daysOverdue}
              today={today}
              detail={[p.owner ? `by ${p.owner.name}` : null, p.contact ? `to ${p.contact.name}` : null]
                .filter(Boolean)
                .join(' ')}
            />
          ))}
        </Stack>
      )}
    </SummaryCard>
  );
}

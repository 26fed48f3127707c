import { Stack } from '@mantine/core';
import { type Account, renews } from '@trustcircle/contracts';
import { lazy, type ReactNode, Suspense } from 'react';
import { BlockSkeleton } from '../../components/States.tsx';
import { StageHistoryCard } from '../lifecycle/StageHistoryCard.tsx';
import classes from './AccountOverview.module.css';
import { AccountFacts } from './summary/AccountFacts.tsx';
import { CheckinSummary } from './summary/CheckinSummary.tsx';
import { DetailsCard } from './summary/DetailsCard.tsx';
import { PlansSummary } from './summary/PlansSummary.tsx';
import { PromisesSummary } from './summary/PromisesSummary.tsx';
import { RenewalSummary } from './summary/RenewalSummary.tsx';
import { ScoresSlot } from './summary/ScoresSlot.tsx';
import { SummaryCard } from './summary/SummaryCard.tsx';
import { TimelineSummary } from './summary/TimelineSummary.tsx';

// The charts library is large; the page shows its other cards while it loads.
const UsageSummary = lazy(() =>
  import('./summary/UsageSummary.tsx').then((m) => ({ default: m.UsageSummary })),
);

function UsageLoading() {
  return (
    <SummaryCard title="Product usage" testId="summary-usage" more={{ tab: 'usage', label: 'Usage' }}>
      <BlockSkeleton lines={4} />
    </SummaryCard>
  );
}

/** A card's place when the columns stack on a phone (see AccountOverview.module.css). */
const At = ({ order, children }: { order: number; children: ReactNode }) => (
  <div style={{ order }}>{children}</div>
);

/**
 * The account in ten seconds. The main column holds what asks for action (promises owed, the
 * next check-in, plans at risk) and then the record's details; the side column how the account
 * is doing (scores, usage, what happened lately) and its moves on the Trust Circle. On a phone
 * the two interleave so that everything asking for action comes first.
 */
export function AccountOverview({ account }: { account: Account }) {
  const id = account.id;
  return (
    <Stack gap="md">
      <AccountFacts account={account} />
      <div className={classes.columns}>
        <div className={classes.column}>
          <At order={1}>
            <PromisesSummary accountId={id} />
          </At>
          <At order={2}>
            <CheckinSummary accountId={id} />
          </At>
          <At order={3}>
            <PlansSummary accountId={id} />
          </At>
          {renews(account.stage) ? (
            <At order={3}>
              <RenewalSummary account={account} />
            </At>
          ) : null}
          <At order={7}>
            <DetailsCard account={account} />
          </At>
        </div>
        <div className={classes.column}>
          <ScoresSlot />
          <At order={5}>
            <Suspense fallback={<UsageLoading />}>
              <UsageSummary accountId={id} />
            </Suspense>
          </At>
          <At order={6}>
            <TimelineSummary accountId={id} />
          </At>
          <At order={8}>
            <StageHistoryCard accountId={id} limit={3} />
          </At>
        </div>
      </div>
    </Stack>
  );
}

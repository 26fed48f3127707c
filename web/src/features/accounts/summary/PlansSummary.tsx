import { Anchor, Group, Stack, Text, Tooltip } from '@mantine/core';
import type { PlanAccountability, PlanSummary, SideAccountability } from '@trustcircle/contracts';
import { Link } from 'react-router';
import { BlockSkeleton, LoadError } from '../../../components/States.tsx';
import { useAccountPlans, usePlanAccountabilities } from '../../../lib/queries/plans.ts';
import { HealthBadge } from '../../plans/HealthBadge.tsx';
import { formatRate } from '../../plans/meta.ts';
import { SummaryCard } from './SummaryCard.tsx';

function Rate({ who, side }: { who: string; side: SideAccountability }) {
  const hint =
    side.due === 0
      ? 'Nothing has come due yet'
      : `${side.doneOnTime} of ${side.due} tasks that came due were done on time`;
  return (
    <Tooltip label={hint} withArrow>
      <Text
        size="xs"
        c="dimmed"
        tabIndex={0}
        aria-label={`${who} on time: ${formatRate(side.onTimeRate)}. ${hint}`}
      >
        {who}{' '}
        <Text span size="xs" fw={600} c={side.overdue > 0 ? 'red.8' : 'var(--mantine-color-text)'}>
          {formatRate(side.onTimeRate)}
        </Text>{' '}
        on time
      </Text>
    </Tooltip>
  );
}

function PlanLine({ plan, figures }: { plan: PlanSummary; figures: PlanAccountability | undefined }) {
  return (
    <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap" data-testid="summary-plan">
      <Stack gap={2} style={{ minWidth: 0 }}>
        <Anchor
          component={Link}
          to={`/plans/${plan.id}`}
          size="sm"
          fw={600}
          style={{ overflowWrap: 'anywhere' }}
        >
          {plan.title}
        </Anchor>
        {figures ? (
          <Group gap={4} style={{ columnGap: 'var(--mantine-spacing-md)' }} wrap="wrap">
            <Rate who="Us" side={figures.vendor} />
            <Rate who="Customer" side={figures.customer} />
          </Group>
        ) : null}
      </Stack>
      {figures ? <HealthBadge health={figures.health} size="sm" style={{ flexShrink: 0 }} /> : null}
    </Group>
  );
}

/** The account's active mutual action plans: each one's status and both sides' on-time rates. */
export function PlansSummary({ accountId }: { accountId: string }) {
  const plans = useAccountPlans(accountId);
  const active = (plans.data?.data ?? []).filter((p) => p.status === 'active');
  const figures = usePlanAccountabilities(active.map((p) => p.id));
  const others = (plans.data?.data.length ?? 0) - active.length;
  return (
    <SummaryCard title="Plans" testId="summary-plans" more={{ tab: 'plans', label: 'All plans' }}>
      {plans.isError ? (
        <LoadError
          error={plans.error}
          onRetry={() => void plans.refetch()}
          title="Could not load the plans"
        />
      ) : !plans.data ? (
        <BlockSkeleton lines={2} />
      ) : active.length === 0 ? (
        <Text size="sm" c="dimmed">
          No active plan
          {others > 0 ? ` (${others} completed or archived)` : ''}.
        </Text>
      ) : (
        <Stack gap="sm">
          {active.map((p) => (
            <PlanLine key={p.id} plan={p} figures={figures.find((f) => f.data?.planId === p.id)?.data} />
          ))}
        </Stack>
      )}
    </SummaryCard>
  );
}

import { Text } from '@mantine/core';
import type { Plan } from '@trustcircle/contracts';
import { LoadError } from '../../components/States.tsx';
import { formatDate } from '../../lib/format.ts';
import { usePlanAccountability } from '../../lib/queries/plans.ts';
import { useSession } from '../../lib/queries/session.ts';
import { AccountabilitySides } from './AccountabilitySides.tsx';
import { HealthBadge } from './HealthBadge.tsx';
import { explainHealth } from './meta.ts';

/** Both sides' record on this plan, and why the plan has the status it has. */
export function PlanAccountability({ plan }: { plan: Plan }) {
  const me = useSession();
  const figures = usePlanAccountability(plan.id);
  if (figures.isError) return <LoadError error={figures.error} onRetry={() => void figures.refetch()} />;
  if (!figures.data) return null;
  const f = figures.data;
  return (
    <AccountabilitySides
      title="Mutual accountability"
      vendor={f.vendor}
      customer={f.customer}
      vendorName={me.workspace.name}
      customerName={plan.account.name}
      badge={<HealthBadge health={f.health} />}
      footer={
        <>
          <Text size="sm" data-testid="health-explained">
            {explainHealth({ health: f.health, tasks: plan.tasks })}
          </Text>
          <Text size="xs" c="dimmed">
            At risk once a task is a day overdue, stalled at a week. Figures as of {formatDate(f.today)}.
          </Text>
        </>
      }
    />
  );
}

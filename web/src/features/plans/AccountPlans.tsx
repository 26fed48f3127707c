import { Anchor, Badge, Button, Group, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { IconMap2, IconPlus } from '@tabler/icons-react';
import type { Plan, PlanSummary } from '@trustcircle/contracts';
import { useState } from 'react';
import { Link } from 'react-router';
import { BlockSkeleton, Empty, LoadError } from '../../components/States.tsx';
import { formatDate } from '../../lib/format.ts';
import { useAccountPlanAccountability, useAccountPlans, usePlanDetails } from '../../lib/queries/plans.ts';
import { useSession } from '../../lib/queries/session.ts';
import { AccountabilitySides } from './AccountabilitySides.tsx';
import { HealthBadge } from './HealthBadge.tsx';
import { PLAN_KIND_LABEL, PLAN_STATUS_META, progress } from './meta.ts';
import { PlanFormModal } from './PlanFormModal.tsx';

/** The account's mutual action plans, and both sides' record over the active ones. */
export function AccountPlans({ accountId, canWrite }: { accountId: string; canWrite: boolean }) {
  const me = useSession();
  const [adding, setAdding] = useState(false);
  const plans = useAccountPlans(accountId);
  const figures = useAccountPlanAccountability(accountId);
  const details = usePlanDetails((plans.data?.data ?? []).map((p) => p.id));

  if (plans.isPending) return <BlockSkeleton lines={5} />;
  if (plans.isError) return <LoadError error={plans.error} onRetry={() => void plans.refetch()} />;
  const list = plans.data.data;
  const add = canWrite ? (
    <Button leftSection={<IconPlus size={16} />} onClick={() => setAdding(true)}>
      New plan
    </Button>
  ) : null;
  const detailOf = (id: string) => details.find((d) => d.data?.id === id)?.data;
  return (
    <Stack gap="lg">
      {list.length === 0 ? (
        <Empty
          icon={<IconMap2 size={28} />}
          title="No plans yet"
          description="A mutual action plan lists the milestones and tasks both sides own, with dates, so the customer commits to their part too."
          action={add}
        />
      ) : (
        <>
          <Group justify="space-between">
            <Text size="sm" c="dimmed">
              {list.length} {list.length === 1 ? 'plan' : 'plans'}
            </Text>
            {add}
          </Group>
          {figures.data && figures.data.plans > 0 ? (
            <AccountabilitySides
              title="Mutual accountability"
              vendor={figures.data.vendor}
              customer={figures.data.customer}
              vendorName={me.workspace.name}
              customerName={figures.data.account.name}
              badge={<HealthBadge health={figures.data.health} />}
              footer={
                <Text size="xs" c="dimmed">
                  Over {figures.data.plans} active {figures.data.plans === 1 ? 'plan' : 'plans'}, as of{' '}
                  {formatDate(figures.data.today)}.
                </Text>
              }
            />
          ) : null}
          <Stack gap="xs">
            <Title order={4}>Plans</Title>
            {list.map((p) => (
              <PlanCard key={p.id} plan={p} detail={detailOf(p.id)} />
            ))}
          </Stack>
        </>
      )}
      {adding ? <PlanFormModal accountId={accountId} opened onClose={() => setAdding(false)} /> : null}
    </Stack>
  );
}

function PlanCard({ plan: p, detail }: { plan: PlanSummary; detail: Plan | undefined }) {
  const prog = detail ? progress(detail) : null;
  const status = PLAN_STATUS_META[p.status];
  return (
    <Paper withBorder p="sm" radius="md" data-testid="plan-card">
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={4} style={{ minWidth: 0, flex: '1 1 240px' }}>
          <Anchor
            component={Link}
            to={`/plans/${p.id}`}
            fw={600}
            size="sm"
            style={{ overflowWrap: 'anywhere' }}
          >
            {p.title}
          </Anchor>
          <Group gap={6}>
            <Badge size="sm" variant="outline" color="gray">
              {PLAN_KIND_LABEL[p.kind]}
            </Badge>
            {p.status === 'active' ? (
              detail ? (
                <HealthBadge health={detail.health} size="sm" />
              ) : null
            ) : (
              <Badge size="sm" variant="light" color={status.color}>
                {status.label}
              </Badge>
            )}
            <Text size="xs" c="dimmed">
              Started {formatDate(p.startsOn)}
              {p.owner ? ` · ${p.owner.name}` : ''}
            </Text>
          </Group>
        </Stack>
        {prog ? (
          <Stack gap={4} w={{ base: '100%', xs: 180 }}>
            <Text size="xs" c="dimmed" ta={{ base: 'left', xs: 'right' }}>
              {prog.closed} of {prog.total} tasks done
            </Text>
            <Progress
              value={prog.percent}
              size="sm"
              color={prog.total > 0 && prog.closed === prog.total ? 'teal' : 'brand'}
              aria-label={`${prog.closed} of ${prog.total} tasks done`}
            />
          </Stack>
        ) : null}
      </Group>
    </Paper>
  );
}

import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconMap2, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useParams } from 'react-router';
import { RecordState } from '../components/RecordState.tsx';
import { Empty } from '../components/States.tsx';
import { MilestoneFormModal } from '../features/plans/MilestoneFormModal.tsx';
import { MilestoneSection } from '../features/plans/MilestoneSection.tsx';
import { PlanAccountability } from '../features/plans/PlanAccountability.tsx';
import { PlanHeader } from '../features/plans/PlanHeader.tsx';
import { PlanTaskFormModal } from '../features/plans/PlanTaskFormModal.tsx';
import { can } from '../lib/permissions.ts';
import { usePlan } from '../lib/queries/plans.ts';
import { useSession } from '../lib/queries/session.ts';

/** A mutual action plan: milestones with both sides' tasks, and how each side is keeping up. */
export function PlanPage() {
  const { id = '' } = useParams();
  const me = useSession();
  const plan = usePlan(id);
  const [addingMilestone, setAddingMilestone] = useState(false);
  const [addingTask, setAddingTask] = useState(false);

  if (plan.isPending || plan.isError) {
    return (
      <RecordState
        query={plan}
        icon={<IconMap2 size={28} />}
        noun="plan"
        back={{ to: '/accounts', label: 'Back to accounts' }}
        lines={8}
      />
    );
  }

  const p = plan.data;
  const canWrite = can(me.role, 'work:write');
  const known = new Set(p.milestones.map((m) => m.id));
  const loose = p.tasks.filter((t) => !t.milestoneId || !known.has(t.milestoneId));
  return (
    <>
      <PlanHeader plan={p} canWrite={canWrite} />
      <Stack gap="lg">
        <PlanAccountability plan={p} />
        <Group justify="space-between" gap="xs">
          <Title order={2} fz="xl">
            Milestones and tasks
          </Title>
          {canWrite ? (
            <Group gap="xs">
              <Button
                variant="default"
                leftSection={<IconPlus size={16} />}
                onClick={() => setAddingMilestone(true)}
              >
                Add milestone
              </Button>
              <Button leftSection={<IconPlus size={16} />} onClick={() => setAddingTask(true)}>
                Add task
              </Button>
            </Group>
          ) : null}
        </Group>
        {p.milestones.length === 0 && p.tasks.length === 0 ? (
          <Empty
            icon={<IconMap2 size={28} />}
            title="An empty plan"
            description="Add milestones (the steps to the goal) and the tasks each side owns, with their due dates."
          />
        ) : null}
        {p.milestones.map((m) => (
          <MilestoneSection
            key={m.id}
            plan={p}
            milestone={m}
            tasks={p.tasks.filter((t) => t.milestoneId === m.id)}
            canWrite={canWrite}
          />
        ))}
        {loose.length > 0 ? (
          <MilestoneSection plan={p} milestone={null} tasks={loose} canWrite={canWrite} />
        ) : null}
        {p.milestones.length > 0 && canWrite ? (
          <Text size="xs" c="dimmed">
            A milestone completes by itself when all its tasks are done or skipped.
          </Text>
        ) : null}
      </Stack>
      {addingMilestone ? <MilestoneFormModal plan={p} onClose={() => setAddingMilestone(false)} /> : null}
      {addingTask ? <PlanTaskFormModal plan={p} onClose={() => setAddingTask(false)} /> : null}
    </>
  );
}

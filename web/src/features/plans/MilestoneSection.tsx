import { ActionIcon, Badge, Button, Group, Menu, Paper, Stack, Text, Title } from '@mantine/core';
import {
  IconArrowDown,
  IconArrowUp,
  IconCircleCheck,
  IconDots,
  IconPencil,
  IconPlus,
  IconRotate,
  IconTrash,
} from '@tabler/icons-react';
import type { Plan, PlanMilestone, PlanTask } from '@trustcircle/contracts';
import { useState } from 'react';
import { confirmAction } from '../../lib/confirm.tsx';
import { dayjs, formatDate } from '../../lib/format.ts';
import { notifyError, notifySuccess } from '../../lib/notify.ts';
import { usePlanEdits } from '../../lib/queries/plans.ts';
import { useSession } from '../../lib/queries/session.ts';
import { MilestoneFormModal } from './MilestoneFormModal.tsx';
import { MilestoneRating } from './MilestoneRating.tsx';
import { isClosedTask } from './meta.ts';
import { PlanTaskFormModal } from './PlanTaskFormModal.tsx';
import { PlanTaskRow } from './PlanTaskRow.tsx';

/** The calendar day of an instant in the workspace's time zone. */
const dayIn = (iso: string, tz: string) => {
  try {
    return dayjs(iso).tz(tz).format('YYYY-MM-DD');
  } catch {
    return iso.slice(0, 10);
  }
};

type Props = {
  plan: Plan;
  /** null: the tasks under no milestone. */
  milestone: PlanMilestone | null;
  tasks: PlanTask[];
  canWrite: boolean;
};

/** A milestone with its tasks; it completes by itself when they are all done or skipped. */
export function MilestoneSection({ plan, milestone: m, tasks, canWrite }: Props) {
  const me = useSession();
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState(false);
  const edits = usePlanEdits(plan);
  const closed = tasks.filter(isClosedTask).length;
  const index = m ? plan.milestones.findIndex((x) => x.id === m.id) : -1;
  const move = (position: number) =>
    m && edits.updateMilestone.mutate({ id: m.id, position }, { onError: (e) => notifyError(e) });
  const toggle = () =>
    m &&
    edits.completeMilestone.mutate(
      { id: m.id, reopen: !!m.completedAt },
      {
        onSuccess: () => notifySuccess(m.completedAt ? 'Milestone reopened' : 'Milestone completed'),
        onError: (e) => notifyError(e),
      },
    );
  const onDelete = () =>
    m &&
    confirmAction({
      title: `Delete the milestone “${m.title}”?`,
      message:
        tasks.length > 0
          ? `Its ${tasks.length} ${tasks.length === 1 ? 'task stays' : 'tasks stay'} in the plan, under no milestone.`
          : 'It has no tasks.',
      confirmLabel: 'Delete milestone',
      onConfirm: () => edits.deleteMilestone.mutate(m.id, { onError: (e) => notifyError(e) }),
    });
  const label = m?.title ?? 'Other tasks';
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={label} data-testid="milestone">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Group gap="xs">
              <Title order={3} fz="lg" style={{ overflowWrap: 'anywhere' }}>
                {label}
              </Title>
              {m?.completedAt ? (
                <Badge color="teal" variant="light" leftSection={<IconCircleCheck size={12} />}>
                  Completed {formatDate(dayIn(m.completedAt, me.workspace.timezone))}
                </Badge>
              ) : null}
            </Group>
            <Text size="xs" c="dimmed">
              {tasks.length === 0 ? 'No tasks' : `${closed} of ${tasks.length} tasks done`}
              {m?.dueOn ? ` · Target ${formatDate(m.dueOn)}` : ''}
            </Text>
          </Stack>
          {canWrite && m ? (
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <ActionIcon variant="subtle" color="gray" aria-label={`More for the milestone ${m.title}`}>
                  <IconDots size={16} />
                </ActionIcon>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item leftSection={<IconPencil size={14} />} onClick={() => setEditing(true)}>
                  Edit milestone
                </Menu.Item>
                {tasks.length === 0 ? (
                  <Menu.Item
                    leftSection={m.completedAt ? <IconRotate size={14} /> : <IconCircleCheck size={14} />}
                    onClick={toggle}
                  >
                    {m.completedAt ? 'Reopen' : 'Mark complete'}
                  </Menu.Item>
                ) : null}
                {index > 0 ? (
                  <Menu.Item leftSection={<IconArrowUp size={14} />} onClick={() => move(index - 1)}>
                    Move up
                  </Menu.Item>
                ) : null}
                {index < plan.milestones.length - 1 ? (
                  <Menu.Item leftSection={<IconArrowDown size={14} />} onClick={() => move(index + 1)}>
                    Move down
                  </Menu.Item>
                ) : null}
                <Menu.Item color="red" leftSection={<IconTrash size={14} />} onClick={onDelete}>
                  Delete milestone
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          ) : null}
        </Group>
        {m ? <MilestoneRating milestone={m} timeZone={me.workspace.timezone} /> : null}
        {tasks.length > 0 ? (
          <Stack gap={6}>
            {tasks.map((t) => (
              <PlanTaskRow key={t.id} plan={plan} task={t} canWrite={canWrite} />
            ))}
          </Stack>
        ) : null}
        {canWrite && m ? (
          <Group>
            <Button
              variant="subtle"
              size="compact-sm"
              leftSection={<IconPlus size={14} />}
              onClick={() => setAdding(true)}
              aria-label={`Add a task to ${m.title}`}
            >
              Add a task
            </Button>
          </Group>
        ) : null}
      </Stack>
      {adding ? (
        <PlanTaskFormModal plan={plan} milestoneId={m?.id ?? null} onClose={() => setAdding(false)} />
      ) : null}
      {editing && m ? (
        <MilestoneFormModal plan={plan} milestone={m} onClose={() => setEditing(false)} />
      ) : null}
    </Paper>
  );
}

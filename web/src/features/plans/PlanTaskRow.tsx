import { ActionIcon, Badge, Button, Group, Menu, NativeSelect, Paper, Stack, Text } from '@mantine/core';
import { IconDots, IconEyeOff, IconLock, IconMessage, IconPencil, IconTrash } from '@tabler/icons-react';
import type { Plan, PlanTask, PlanTaskStatus } from '@trustcircle/contracts';
import { useState } from 'react';
import { confirmAction } from '../../lib/confirm.tsx';
import { formatDate } from '../../lib/format.ts';
import { notifyError } from '../../lib/notify.ts';
import { usePlanEdits } from '../../lib/queries/plans.ts';
import {
  dueRuleText,
  isClosedTask,
  SIDE_LABEL,
  TASK_STATUS_META,
  taskStatusOptions,
  waitingOn,
} from './meta.ts';
import { PlanTaskFormModal } from './PlanTaskFormModal.tsx';
import { TaskComments } from './TaskComments.tsx';

/** One task: its status, whose it is, when it is due, what it waits for, and its comments. */
export function PlanTaskRow({ plan, task: t, canWrite }: { plan: Plan; task: PlanTask; canWrite: boolean }) {
  const [editing, setEditing] = useState(false);
  const [talking, setTalking] = useState(false);
  const edits = usePlanEdits(plan);
  const closed = isClosedTask(t);
  const waits = t.locked ? waitingOn(t, plan.tasks) : [];
  const setStatus = (status: PlanTaskStatus) =>
    edits.updateTask.mutate(
      { id: t.id, status },
      { onError: (e) => notifyError(e, 'Could not change the status') },
    );
  const onDelete = () =>
    confirmAction({
      title: 'Delete this task?',
      message: `“${t.title}” and its comments go. Tasks that wait for it no longer do.`,
      confirmLabel: 'Delete task',
      onConfirm: () => edits.deleteTask.mutate(t.id, { onError: (e) => notifyError(e) }),
    });
  const status = TASK_STATUS_META[t.status];
  return (
    <Paper
      withBorder
      p="xs"
      px="sm"
      radius="md"
      data-testid="plan-task"
      bg={t.internal ? 'yellow.0' : undefined}
    >
      {/* On a phone the status and menu wrap under the task instead of squeezing it. */}
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <Stack gap={4} style={{ minWidth: 0, flex: '1 1 260px' }}>
          <Group gap={6} wrap="wrap">
            {t.locked ? <IconLock size={15} aria-label="Locked" color="var(--mantine-color-gray-6)" /> : null}
            <Text
              fw={600}
              size="sm"
              td={t.status === 'skipped' ? 'line-through' : undefined}
              c={closed ? 'dimmed' : undefined}
              style={{ overflowWrap: 'anywhere' }}
            >
              {t.title}
            </Text>
            <Badge size="xs" variant="light" color={t.ownerSide === 'vendor' ? 'brand' : 'grape'}>
              {SIDE_LABEL[t.ownerSide]}
            </Badge>
          </Group>
          <Text size="xs" c="dimmed">
            {t.owner ? t.owner.name : 'No owner'}
            {' · '}
            {t.dueOn ? `Due ${formatDate(t.dueOn)}` : 'No due date'}
            {t.dueRule ? ` (${dueRuleText(t.dueRule, plan.tasks)})` : ''}
            {t.doneOn ? ` · Done ${formatDate(t.doneOn)}` : ''}
          </Text>
          {t.overdue ? (
            <Text size="xs" c="red" fw={600}>
              Overdue by {t.daysOverdue} {t.daysOverdue === 1 ? 'day' : 'days'}
            </Text>
          ) : null}
          {t.locked ? (
            <Text size="xs" c="dimmed">
              <IconLock size={12} style={{ verticalAlign: -1 }} /> Waiting on{' '}
              {waits.map((w) => `“${w}”`).join(', ')}
            </Text>
          ) : null}
          {t.internal ? (
            <Text size="xs" c="yellow.9">
              <IconEyeOff size={12} style={{ verticalAlign: -1 }} /> Internal — hidden from the customer
            </Text>
          ) : null}
          {t.detail ? (
            <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {t.detail}
            </Text>
          ) : null}
          <Group gap="xs">
            <Button
              variant="subtle"
              size="compact-xs"
              color="gray"
              leftSection={<IconMessage size={14} />}
              onClick={() => setTalking((x) => !x)}
              aria-expanded={talking}
            >
              {talking ? 'Hide comments' : 'Comments'}
            </Button>
          </Group>
          {talking ? <TaskComments planId={plan.id} taskId={t.id} canWrite={canWrite} /> : null}
        </Stack>
        <Group gap={4} wrap="nowrap" align="flex-start">
          {canWrite ? (
            <NativeSelect
              size="xs"
              w={128}
              aria-label={`Status of “${t.title}”`}
              data={taskStatusOptions(t.locked)}
              value={t.status}
              disabled={edits.updateTask.isPending}
              onChange={(e) => setStatus(e.currentTarget.value as PlanTaskStatus)}
            />
          ) : (
            <Badge variant="light" color={status.color}>
              {status.label}
            </Badge>
          )}
          {canWrite ? (
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <ActionIcon variant="subtle" color="gray" aria-label={`More for ${t.title}`}>
                  <IconDots size={16} />
                </ActionIcon>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item leftSection={<IconPencil size={14} />} onClick={() => setEditing(true)}>
                  Edit
                </Menu.Item>
                <Menu.Item color="red" leftSection={<IconTrash size={14} />} onClick={onDelete}>
                  Delete
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          ) : null}
        </Group>
      </Group>
      {editing ? <PlanTaskFormModal plan={plan} task={t} onClose={() => setEditing(false)} /> : null}
    </Paper>
  );
}

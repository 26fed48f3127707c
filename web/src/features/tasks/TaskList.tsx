import { ActionIcon, Anchor, Badge, Checkbox, Group, Menu, Paper, Stack, Text } from '@mantine/core';
import { IconAlarmSnooze, IconDots, IconPencil, IconTrash } from '@tabler/icons-react';
import type { Task } from '@trustcircle/contracts';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import { confirmAction } from '../../lib/confirm.tsx';
import { formatDate } from '../../lib/format.ts';
import { notifyError, notifySuccess } from '../../lib/notify.ts';
import { useDeleteTask, useUpdateTask } from '../../lib/queries/tasks.ts';
import { PRIORITY_META, SOURCE_LABEL } from './meta.ts';
import { TaskFormModal } from './TaskFormModal.tsx';

const day = (n: number) => dayjs().add(n, 'day').format('YYYY-MM-DD');
const SNOOZES = [
  { label: 'Until tomorrow', until: () => day(1) },
  { label: 'For 3 days', until: () => day(3) },
  { label: 'For a week', until: () => day(7) },
];

/** Tasks with a box to tick, snoozing and editing. */
export function TaskList({
  tasks,
  canWrite,
  showAccount,
}: {
  tasks: Task[];
  canWrite: boolean;
  showAccount?: boolean;
}) {
  return (
    <Stack gap={6}>
      {tasks.map((t) => (
        <TaskRow key={t.id} task={t} canWrite={canWrite} showAccount={!!showAccount} />
      ))}
    </Stack>
  );
}

function TaskRow({
  task: t,
  canWrite,
  showAccount,
}: {
  task: Task;
  canWrite: boolean;
  showAccount: boolean;
}) {
  const [editing, setEditing] = useState(false);
  const update = useUpdateTask();
  const remove = useDeleteTask();
  const done = t.status === 'done';
  const toggle = () =>
    update.mutate(
      { id: t.id, status: done ? 'open' : 'done' },
      { onSuccess: () => notifySuccess(done ? 'Task open again' : 'Done'), onError: (e) => notifyError(e) },
    );
  const snooze = (until: string | null) =>
    update.mutate(
      { id: t.id, snoozedUntil: until },
      {
        onSuccess: () => notifySuccess(until ? `Snoozed until ${formatDate(until)}` : 'Awake again'),
        onError: (e) => notifyError(e),
      },
    );
  const onDelete = () =>
    confirmAction({
      title: 'Delete this task?',
      message: t.title,
      confirmLabel: 'Delete',
      onConfirm: () => remove.mutate(t.id, { onError: (e) => notifyError(e) }),
    });
  return (
    <Paper withBorder p="xs" px="sm" radius="md" data-testid="task-row">
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <Group gap="sm" wrap="nowrap" align="flex-start" style={{ minWidth: 0 }}>
          <Checkbox
            mt={2}
            checked={done}
            disabled={!canWrite || update.isPending}
            onChange={toggle}
            aria-label={done ? `Open “${t.title}” again` : `Mark “${t.title}” done`}
          />
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Text size="sm" fw={500} td={done ? 'line-through' : undefined} c={done ? 'dimmed' : undefined}>
              {t.title}
            </Text>
            <Group gap={6}>
              {t.priority !== 'normal' ? (
                <Badge size="xs" variant="light" color={PRIORITY_META[t.priority].color}>
                  {PRIORITY_META[t.priority].label}
                </Badge>
              ) : null}
              {t.overdue ? (
                <Badge size="xs" color="red">
                  Overdue
                </Badge>
              ) : null}
              {t.snoozed ? (
                <Badge size="xs" color="gray" variant="outline">
                  Snoozed until {formatDate(t.snoozedUntil)}
                </Badge>
              ) : null}
              <Text size="xs" c="dimmed">
                {t.dueOn ? `Due ${formatDate(t.dueOn)}` : 'No due day'}
                {t.owner ? ` · ${t.owner.name}` : ''}
                {t.source !== 'manual' ? ` · ${SOURCE_LABEL[t.source]}` : ''}
              </Text>
              {showAccount && t.account ? (
                <Anchor component={Link} to={`/accounts/${t.account.id}?tab=tasks`} size="xs">
                  {t.account.name}
                </Anchor>
              ) : null}
            </Group>
          </Stack>
        </Group>
        {canWrite ? (
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <ActionIcon variant="subtle" color="gray" aria-label={`More for ${t.title}`}>
                <IconDots size={16} />
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown>
              {!done ? (
                <>
                  <Menu.Label>Snooze</Menu.Label>
                  {SNOOZES.map((s) => (
                    <Menu.Item
                      key={s.label}
                      leftSection={<IconAlarmSnooze size={14} />}
                      onClick={() => snooze(s.until())}
                    >
                      {s.label}
                    </Menu.Item>
                  ))}
                  {t.snoozed ? <Menu.Item onClick={() => snooze(null)}>Wake it now</Menu.Item> : null}
                  <Menu.Divider />
                </>
              ) : null}
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
      {editing ? <TaskFormModal task={t} opened onClose={() => setEditing(false)} /> : null}
    </Paper>
  );
}

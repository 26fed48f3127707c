import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconListCheck, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { BlockSkeleton, Empty, LoadError } from '../../components/States.tsx';
import { useTasks } from '../../lib/queries/tasks.ts';
import { TaskFormModal } from './TaskFormModal.tsx';
import { TaskList } from './TaskList.tsx';

/** The account's tasks: open ones first, the last done ones below. */
export function AccountTasks({ accountId, canWrite }: { accountId: string; canWrite: boolean }) {
  const [adding, setAdding] = useState(false);
  const open = useTasks({ accountId, status: ['open'], limit: 200 });
  const done = useTasks({ accountId, status: ['done'], limit: 20 });
  const add = canWrite ? (
    <Button leftSection={<IconPlus size={16} />} onClick={() => setAdding(true)}>
      New task
    </Button>
  ) : null;
  if (open.isPending || done.isPending) return <BlockSkeleton lines={4} />;
  if (open.isError || done.isError)
    return <LoadError error={open.error ?? done.error} onRetry={() => void open.refetch()} />;
  const openTasks = open.data.data;
  const doneTasks = done.data.data;
  return (
    <Stack gap="md">
      {openTasks.length + doneTasks.length === 0 ? (
        <Empty
          icon={<IconListCheck size={28} />}
          title="No tasks for this account"
          description="Tasks you add here also show on the owner's “My work” page on their due day."
          action={add}
        />
      ) : (
        <>
          <Group justify="space-between">
            <Title order={4}>Open ({openTasks.length})</Title>
            {add}
          </Group>
          {openTasks.length ? (
            <TaskList tasks={openTasks} canWrite={canWrite} />
          ) : (
            <Text size="sm" c="dimmed">
              Nothing open.
            </Text>
          )}
          {doneTasks.length ? (
            <>
              <Title order={4}>Recently done</Title>
              <TaskList tasks={doneTasks} canWrite={canWrite} />
            </>
          ) : null}
        </>
      )}
      <TaskFormModal accountId={accountId} opened={adding} onClose={() => setAdding(false)} />
    </Stack>
  );
}

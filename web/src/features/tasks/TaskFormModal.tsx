import { Button, Group, Modal, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import type { Task } from '@trustcircle/contracts';
import { ChoiceSelect } from '../../components/ChoiceSelect.tsx';
import { showFormError } from '../../lib/formErrors.ts';
import { notifySuccess } from '../../lib/notify.ts';
import { useSession } from '../../lib/queries/session.ts';
import { useCreateTask, useUpdateTask } from '../../lib/queries/tasks.ts';
import { OwnerSelect } from '../accounts/OwnerSelect.tsx';
import { AccountPicker } from '../contacts/AccountPicker.tsx';
import { PRIORITY_OPTIONS } from './meta.ts';

type Values = {
  title: string;
  detail: string;
  accountId: string | null;
  ownerId: string | null;
  dueOn: string | null;
  priority: Task['priority'];
};

/** Adds a task (for an account, or on its own) or edits one. */
export function TaskFormModal({
  task,
  accountId,
  opened,
  onClose,
}: {
  task?: Task;
  accountId?: string;
  opened: boolean;
  onClose: () => void;
}) {
  const me = useSession();
  const create = useCreateTask();
  const update = useUpdateTask();
  const form = useForm<Values>({
    initialValues: {
      title: task?.title ?? '',
      detail: task?.detail ?? '',
      accountId: task?.account?.id ?? accountId ?? null,
      ownerId: task ? (task.owner?.id ?? null) : me.user.id,
      dueOn: task?.dueOn ?? null,
      priority: task?.priority ?? 'normal',
    },
    validate: { title: (v) => (v.trim() ? null : 'Say what needs doing') },
  });
  const close = () => {
    onClose();
    form.reset();
  };
  const onError = (e: unknown) => {
    showFormError(form, e, 'Could not save the task');
  };
  const submit = form.onSubmit((v) => {
    const body = {
      title: v.title.trim(),
      detail: v.detail.trim() || null,
      accountId: v.accountId,
      ownerId: v.ownerId,
      dueOn: v.dueOn,
      priority: v.priority,
    };
    if (task)
      update.mutate(
        { id: task.id, ...body },
        {
          onSuccess: () => {
            notifySuccess('Task saved');
            close();
          },
          onError,
        },
      );
    else
      create.mutate(body, {
        onSuccess: () => {
          notifySuccess('Task added');
          close();
        },
        onError,
      });
  });
  return (
    <Modal opened={opened} onClose={close} title={task ? 'Edit task' : 'New task'}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <TextInput label="Task" required data-autofocus maxLength={300} {...form.getInputProps('title')} />
          <Textarea label="Details" autosize minRows={2} maxLength={4000} {...form.getInputProps('detail')} />
          {accountId ? null : (
            <AccountPicker
              label="Account"
              placeholder="None"
              clearable
              currentName={task?.account?.name}
              {...form.getInputProps('accountId')}
            />
          )}
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <OwnerSelect label="For" includeId={task?.owner?.id ?? null} {...form.getInputProps('ownerId')} />
            <DateInput
              label="Due"
              placeholder="No due day"
              clearable
              valueFormat="MMM D, YYYY"
              popoverProps={{ withinPortal: true }}
              {...form.getInputProps('dueOn')}
            />
            <ChoiceSelect label="Priority" data={PRIORITY_OPTIONS} {...form.getInputProps('priority')} />
          </SimpleGrid>
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending || update.isPending}>
              {task ? 'Save' : 'Add task'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

import {
  Button,
  Group,
  Modal,
  MultiSelect,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import type { DueRule, OwnerSide, Plan, PlanTask, PlanTaskCreate } from '@trustcircle/contracts';
import { ChoiceSelect } from '../../components/ChoiceSelect.tsx';
import { showFormError } from '../../lib/formErrors.ts';
import { notifySuccess } from '../../lib/notify.ts';
import { useAccountContacts } from '../../lib/queries/contacts.ts';
import { usePlanEdits } from '../../lib/queries/plans.ts';
import { useSession } from '../../lib/queries/session.ts';
import { OwnerSelect } from '../accounts/OwnerSelect.tsx';

type DueMode = 'none' | 'date' | 'start' | 'task';

type Values = {
  title: string;
  detail: string;
  ownerSide: OwnerSide;
  ownerUserId: string | null;
  ownerContactId: string | null;
  milestoneId: string | null;
  dueMode: DueMode;
  dueOn: string | null;
  days: number | string;
  fromTaskId: string | null;
  dependsOn: string[];
  internal: boolean;
};

const DUE_MODES = [
  { value: 'none', label: 'No date' },
  { value: 'date', label: 'On a date' },
  { value: 'start', label: 'After start' },
  { value: 'task', label: 'After a task' },
];

function initial(task: PlanTask | undefined, milestoneId: string | null, me: string): Values {
  const rule = task?.dueRule ?? null;
  return {
    title: task?.title ?? '',
    detail: task?.detail ?? '',
    ownerSide: task?.ownerSide ?? 'vendor',
    ownerUserId: task ? (task.owner?.type === 'member' ? task.owner.id : null) : me,
    ownerContactId: task?.owner?.type === 'contact' ? task.owner.id : null,
    milestoneId: task ? task.milestoneId : milestoneId,
    dueMode: rule ? (rule.from === 'plan_start' ? 'start' : 'task') : task?.dueOn ? 'date' : 'none',
    dueOn: rule ? null : (task?.dueOn ?? null),
    days: rule?.days ?? 7,
    fromTaskId: rule?.from === 'task' ? rule.taskId : null,
    dependsOn: task?.dependsOn ?? [],
    internal: task?.internal ?? false,
  };
}

/** The due date as the API takes it: an absolute day, a rule, or neither. */
function due(v: Values): { dueOn: string | null; dueRule: DueRule | null } {
  const days = Number(v.days) || 0;
  if (v.dueMode === 'date') return { dueOn: v.dueOn, dueRule: null };
  if (v.dueMode === 'start') return { dueOn: null, dueRule: { from: 'plan_start', days } };
  if (v.dueMode === 'task' && v.fromTaskId)
    return { dueOn: null, dueRule: { from: 'task', taskId: v.fromTaskId, days } };
  return { dueOn: null, dueRule: null };
}

/** Adds a task to a plan, or edits one: who owns it on which side, when it is due, what it waits for. */
export function PlanTaskFormModal({
  plan,
  task,
  milestoneId = null,
  onClose,
}: {
  plan: Plan;
  task?: PlanTask;
  milestoneId?: string | null;
  onClose: () => void;
}) {
  const me = useSession();
  const edits = usePlanEdits(plan);
  const contacts = useAccountContacts(plan.account.id);
  const form = useForm<Values>({
    initialValues: initial(task, milestoneId, me.user.id),
    validate: {
      title: (v) => (v.trim() ? null : 'Say what needs doing'),
      dueOn: (v, all) => (all.dueMode === 'date' && !v ? 'Pick a day' : null),
      fromTaskId: (v, all) => (all.dueMode === 'task' && !v ? 'Pick the task it follows' : null),
      days: (v, all) =>
        (all.dueMode === 'start' || all.dueMode === 'task') && v === '' ? 'How many days?' : null,
    },
  });
  const v = form.values;
  const others = plan.tasks.filter((t) => t.id !== task?.id).map((t) => ({ value: t.id, label: t.title }));
  const people = (contacts.data?.data ?? []).map((c) => ({
    value: c.id,
    label: c.title ? `${c.name} (${c.title})` : c.name,
  }));
  // The server names `dueRule.taskId` or `dependsOn.2`; show those next to the fields that set them.
  const fieldOf = (path: string): string => {
    if (path.startsWith('dependsOn')) return 'dependsOn';
    if (path.startsWith('dueRule')) return form.values.dueMode === 'task' ? 'fromTaskId' : 'days';
    return path in form.values ? path : 'title';
  };
  const onError = (e: unknown) =>
    showFormError(
      {
        setErrors: (errors) =>
          form.setErrors(Object.fromEntries(Object.entries(errors).map(([k, m]) => [fieldOf(k), m]))),
      },
      e,
      'Could not save the task',
    );
  const submit = form.onSubmit((values) => {
    const vendor = values.ownerSide === 'vendor';
    const body = {
      title: values.title.trim(),
      detail: values.detail.trim() || null,
      ownerSide: values.ownerSide,
      ownerUserId: vendor ? values.ownerUserId : null,
      ownerContactId: vendor ? null : values.ownerContactId,
      milestoneId: values.milestoneId,
      dependsOn: values.dependsOn,
      internal: values.internal,
    };
    const d = due(values);
    if (task) {
      const dates = d.dueRule ? { dueRule: d.dueRule } : { dueOn: d.dueOn, dueRule: null };
      edits.updateTask.mutate(
        { id: task.id, ...body, ...dates },
        {
          onSuccess: () => {
            notifySuccess('Task saved');
            onClose();
          },
          onError,
        },
      );
      return;
    }
    const create: PlanTaskCreate = { ...body, ...(d.dueRule ? { dueRule: d.dueRule } : { dueOn: d.dueOn }) };
    edits.addTask.mutate(create, {
      onSuccess: () => {
        notifySuccess('Task added');
        onClose();
      },
      onError,
    });
  });
  return (
    <Modal opened onClose={onClose} title={task ? 'Edit task' : 'Add a task'} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <TextInput
            label="Task"
            placeholder="Configure SSO in their identity provider"
            required
            data-autofocus
            maxLength={300}
            {...form.getInputProps('title')}
          />
          <Textarea label="Details" autosize minRows={2} maxLength={4000} {...form.getInputProps('detail')} />
          <Stack gap={4}>
            <Text size="sm" fw={500} id="task-side-label">
              Whose task
            </Text>
            <SegmentedControl
              aria-labelledby="task-side-label"
              data={[
                { value: 'vendor', label: 'Us' },
                { value: 'customer', label: 'Customer' },
              ]}
              {...form.getInputProps('ownerSide')}
            />
          </Stack>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {v.ownerSide === 'vendor' ? (
              <OwnerSelect
                label="Owner"
                description="A team member"
                includeId={form.values.ownerUserId}
                {...form.getInputProps('ownerUserId')}
              />
            ) : (
              <Select
                label="Owner"
                description="One of the account's contacts"
                data={people}
                searchable
                clearable
                nothingFoundMessage={contacts.isPending ? 'Loading contacts…' : 'No contact by that name'}
                placeholder={
                  people.length === 0 && !contacts.isPending ? 'Add contacts to the account first' : undefined
                }
                {...form.getInputProps('ownerContactId')}
              />
            )}
            <ChoiceSelect
              label="Milestone"
              description="Where it sits in the plan"
              noneLabel="No milestone"
              data={plan.milestones.map((m) => ({ value: m.id, label: m.title }))}
              {...form.getInputProps('milestoneId')}
            />
          </SimpleGrid>
          <Stack gap={4}>
            <Text size="sm" fw={500} id="task-due-label">
              Due
            </Text>
            <SegmentedControl
              aria-labelledby="task-due-label"
              data={DUE_MODES}
              {...form.getInputProps('dueMode')}
            />
          </Stack>
          {v.dueMode === 'date' ? (
            <DateInput
              label="Due date"
              required
              valueFormat="MMM D, YYYY"
              popoverProps={{ withinPortal: true }}
              {...form.getInputProps('dueOn')}
            />
          ) : null}
          {v.dueMode === 'start' || v.dueMode === 'task' ? (
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <NumberInput
                label="Days after"
                description="Negative for days before"
                min={-3650}
                max={3650}
                allowDecimal={false}
                {...form.getInputProps('days')}
              />
              {v.dueMode === 'task' ? (
                <Select
                  label="After the task"
                  description="Its due date moves with that task's"
                  data={others}
                  searchable
                  {...form.getInputProps('fromTaskId')}
                />
              ) : null}
            </SimpleGrid>
          ) : null}
          <MultiSelect
            label="Waits for"
            description="It can start once these are done or skipped"
            data={others}
            searchable
            clearable
            nothingFoundMessage="No task by that name"
            {...form.getInputProps('dependsOn')}
          />
          <Switch
            label="Internal — hidden from the customer"
            description="Only your team sees it; it never shows on the shared plan"
            {...form.getInputProps('internal', { type: 'checkbox' })}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={edits.addTask.isPending || edits.updateTask.isPending}>
              {task ? 'Save' : 'Add task'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

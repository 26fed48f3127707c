import {
  ActionIcon,
  Alert,
  Button,
  Divider,
  Group,
  Input,
  Modal,
  MultiSelect,
  NumberInput,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMediaQuery } from '@mantine/hooks';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import type {
  OwnerSide,
  Phase,
  PlanKind,
  PlanTemplate,
  PlanTemplateCreate,
  PlanTemplateDueRule,
  Stage,
} from '@trustcircle/contracts';
import { useEffect } from 'react';
import { ChoiceSelect } from '../../components/ChoiceSelect.tsx';
import { showFormError } from '../../lib/formErrors.ts';
import { notifySuccess } from '../../lib/notify.ts';
import { useCreatePlanTemplate, useUpdatePlanTemplate } from '../../lib/queries/planTemplates.ts';
import { STAGE_OPTIONS } from '../accounts/meta.ts';
import { PHASE_OPTIONS } from '../lifecycle/meta.ts';
import { KIND_OPTIONS, SIDE_LABEL } from './meta.ts';

type DueMode = 'none' | 'start' | 'task';
type AutoStart = 'manual' | 'stage' | 'phase';

type MilestoneValues = { key: string; title: string; dueDays: number | string };
type TaskValues = {
  /** The task's ref: kept for saved tasks, made up for new ones, never shown. */
  ref: string;
  title: string;
  detail: string;
  ownerSide: OwnerSide;
  milestoneKey: string | null;
  dueMode: DueMode;
  days: number | string;
  fromRef: string | null;
  dependsOn: string[];
  internal: boolean;
};
type Values = {
  name: string;
  kind: PlanKind;
  title: string;
  goal: string;
  autoStart: AutoStart;
  stage: Stage;
  phase: Phase;
  milestones: MilestoneValues[];
  tasks: TaskValues[];
};

let keys = 0;
const newKey = () => `m${++keys}`;

/** A ref no task of the form uses yet. */
function freshRef(tasks: TaskValues[]): string {
  const used = new Set(tasks.map((t) => t.ref));
  for (let n = tasks.length + 1; ; n++) if (!used.has(`task-${n}`)) return `task-${n}`;
}

const blankTask = (tasks: TaskValues[]): TaskValues => ({
  ref: freshRef(tasks),
  title: '',
  detail: '',
  ownerSide: 'vendor',
  milestoneKey: null,
  dueMode: 'start',
  days: 7,
  fromRef: null,
  dependsOn: [],
  internal: false,
});

function valuesOf(t: PlanTemplate | null): Values {
  const milestones = (t?.milestones ?? []).map((m) => ({
    key: newKey(),
    title: m.title,
    dueDays: m.dueDays ?? '',
  }));
  return {
    name: t?.name ?? '',
    kind: t?.kind ?? 'onboarding',
    // A title that is the name shows empty, so it keeps following the name.
    title: t && t.title !== t.name ? t.title : '',
    goal: t?.goal ?? '',
    autoStart: t?.startsOnStage ? 'stage' : t?.startsOnPhase ? 'phase' : 'manual',
    stage: t?.startsOnStage ?? 'customer',
    phase: t?.startsOnPhase ?? 'onboarding',
    milestones,
    tasks: (t?.tasks ?? []).map((x) => ({
      ref: x.ref,
      title: x.title,
      detail: x.detail ?? '',
      ownerSide: x.ownerSide,
      milestoneKey: x.milestone === null ? null : (milestones[x.milestone]?.key ?? null),
      dueMode: !x.dueRule ? 'none' : x.dueRule.from === 'plan_start' ? 'start' : 'task',
      days: x.dueRule?.days ?? 7,
      fromRef: x.dueRule?.from === 'task' ? x.dueRule.taskRef : null,
      dependsOn: x.dependsOn,
      internal: x.internal,
    })),
  };
}

/** The template as the API takes it. */
function bodyOf(v: Values): PlanTemplateCreate {
  const refs = new Set(v.tasks.map((t) => t.ref));
  const milestoneIndex = new Map(v.milestones.map((m, i) => [m.key, i]));
  const dueRule = (t: TaskValues): PlanTemplateDueRule | null => {
    const days = Number(t.days) || 0;
    if (t.dueMode === 'start') return { from: 'plan_start', days };
    if (t.dueMode === 'task' && t.fromRef) return { from: 'task', taskRef: t.fromRef, days };
    return null;
  };
  return {
    name: v.name.trim(),
    kind: v.kind,
    title: v.title.trim() || v.name.trim(),
    goal: v.goal.trim() || null,
    milestones: v.milestones.map((m) => ({
      title: m.title.trim(),
      dueDays: m.dueDays === '' ? null : Number(m.dueDays),
    })),
    tasks: v.tasks.map((t) => ({
      ref: t.ref,
      title: t.title.trim(),
      detail: t.detail.trim() || null,
      ownerSide: t.ownerSide,
      milestone: t.milestoneKey === null ? null : (milestoneIndex.get(t.milestoneKey) ?? null),
      dueRule: dueRule(t),
      dependsOn: t.dependsOn.filter((d) => refs.has(d)),
      internal: t.internal,
    })),
    startsOnStage: v.autoStart === 'stage' ? v.stage : null,
    startsOnPhase: v.autoStart === 'phase' ? v.phase : null,
  };
}

/**
 * The server names the template's fields (`tasks.2.dueRule.taskRef`, `tasks.1.dependsOn.0`,
 * `startsOnPhase`); the form's fields are a little different.
 */
function formField(path: string): string {
  const task = /^tasks\.(\d+)\.(\w+)(?:\.(\w+))?/.exec(path);
  if (task) {
    const [, i, field, sub] = task;
    if (field === 'dueRule') return `tasks.${i}.${sub === 'taskRef' ? 'fromRef' : 'days'}`;
    if (field === 'milestone') return `tasks.${i}.milestoneKey`;
    if (field === 'ref') return `tasks.${i}.title`;
    return `tasks.${i}.${field}`;
  }
  if (path === 'startsOnStage') return 'stage';
  if (path === 'startsOnPhase') return 'phase';
  return path;
}

const dayCount = (v: number | string) => {
  const n = Number(v);
  return v === '' || !Number.isInteger(n) || n < 0 || n > 3650 ? 'A whole number of days, 0 to 3650' : null;
};

/** Adds or edits a plan template: its plan's milestones and tasks, with dates counted from the start. */
export function TemplateFormModal({
  opened,
  template,
  onClose,
}: {
  opened: boolean;
  /** null adds a new template */
  template: PlanTemplate | null;
  onClose: () => void;
}) {
  const create = useCreatePlanTemplate();
  const update = useUpdatePlanTemplate();
  const phone = useMediaQuery('(max-width: 48em)', undefined, { getInitialValueInEffect: false }) ?? false;
  const form = useForm<Values>({
    initialValues: valuesOf(template),
    validate: {
      name: (v) => (v.trim() ? null : 'Name the template'),
      milestones: { title: (v) => (v.trim() ? null : 'Name the milestone') },
      tasks: {
        title: (v) => (v.trim() ? null : 'Say what needs doing'),
        days: (v, all, path) => {
          const i = Number(path.split('.')[1]);
          return all.tasks[i]?.dueMode === 'none' ? null : dayCount(v);
        },
        fromRef: (v, all, path) => {
          const i = Number(path.split('.')[1]);
          return all.tasks[i]?.dueMode === 'task' && !v ? 'Pick the task it follows' : null;
        },
      },
    },
  });
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset only when the dialog opens
  useEffect(() => {
    if (!opened) return;
    const v = valuesOf(template);
    form.setValues(v);
    form.resetDirty(v);
    form.clearErrors();
  }, [opened, template?.id]);

  const v = form.values;
  const saving = create.isPending || update.isPending;
  const close = () => {
    onClose();
    create.reset();
    update.reset();
  };
  const onError = (e: unknown) =>
    showFormError(
      {
        setErrors: (errors) =>
          form.setErrors(Object.fromEntries(Object.entries(errors).map(([k, m]) => [formField(k), m]))),
      },
      e,
      'Could not save the template',
    );
  const submit = form.onSubmit((values) => {
    const body = bodyOf(values);
    const done = (saved: PlanTemplate) => {
      notifySuccess(
        saved.startsOnStage || saved.startsOnPhase
          ? 'It starts plans by itself from now on, and by hand from an account.'
          : 'Plans can be started from it on an account.',
        `Saved "${saved.name}"`,
      );
      close();
    };
    if (template) update.mutate({ id: template.id, ...body }, { onSuccess: done, onError });
    else create.mutate(body, { onSuccess: done, onError });
  });

  const taskLabel = (t: TaskValues, i: number) => t.title.trim() || `Task ${i + 1}`;
  const otherTasks = (ref: string) =>
    v.tasks.flatMap((t, i) => (t.ref === ref ? [] : [{ value: t.ref, label: taskLabel(t, i) }]));
  const milestoneOptions = v.milestones.map((m, i) => ({
    value: m.key,
    label: m.title.trim() || `Milestone ${i + 1}`,
  }));

  const removeMilestone = (key: string, i: number) => {
    form.setValues({
      milestones: v.milestones.filter((m) => m.key !== key),
      tasks: v.tasks.map((t) => (t.milestoneKey === key ? { ...t, milestoneKey: null } : t)),
    });
    form.clearFieldError(`milestones.${i}.title`);
  };
  // What named a removed task forgets it; a date counted from it asks for another task.
  const removeTask = (ref: string) => {
    form.setValues({
      tasks: v.tasks
        .filter((t) => t.ref !== ref)
        .map((t) => ({
          ...t,
          dependsOn: t.dependsOn.filter((d) => d !== ref),
          fromRef: t.fromRef === ref ? null : t.fromRef,
        })),
    });
    form.clearErrors();
  };
  const errorCount = Object.keys(form.errors).length;

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={template ? `Edit "${template.name}"` : 'New plan template'}
      size="xl"
      fullScreen={phone}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label="Template name"
              placeholder="Enterprise onboarding"
              required
              data-autofocus
              maxLength={100}
              {...form.getInputProps('name')}
            />
            <ChoiceSelect label="Kind of plan" data={KIND_OPTIONS} {...form.getInputProps('kind')} />
          </SimpleGrid>
          <TextInput
            label="Plan title"
            description="The title of the plans it starts; the customer sees it"
            placeholder={v.name.trim() || 'Onboarding'}
            maxLength={300}
            {...form.getInputProps('title')}
          />
          <Textarea
            label="Goal"
            description="What the plan is for, in the customer's words if you can"
            autosize
            minRows={2}
            maxLength={4000}
            {...form.getInputProps('goal')}
          />
          <Input.Wrapper label="Start a plan by itself" labelProps={{ id: 'template-start-label' }}>
            <SegmentedControl
              display="flex"
              aria-labelledby="template-start-label"
              data={[
                { value: 'manual', label: 'Only by hand' },
                { value: 'stage', label: 'On a stage' },
                { value: 'phase', label: 'On a phase' },
              ]}
              {...form.getInputProps('autoStart')}
            />
          </Input.Wrapper>
          {v.autoStart === 'stage' ? (
            <ChoiceSelect
              label="When an account enters the stage"
              description="Once per account: not while it has an active plan from this template"
              data={STAGE_OPTIONS}
              {...form.getInputProps('stage')}
            />
          ) : v.autoStart === 'phase' ? (
            <ChoiceSelect
              label="When a customer enters the phase"
              description="Once per account: not while it has an active plan from this template"
              data={PHASE_OPTIONS}
              {...form.getInputProps('phase')}
            />
          ) : null}

          <Divider />
          <Group justify="space-between" align="flex-end">
            <div>
              <Title order={3} fz="md">
                Milestones
              </Title>
              <Text size="sm" c="dimmed">
                The steps of the plan; tasks are grouped under them.
              </Text>
            </div>
            <Button
              size="xs"
              variant="light"
              leftSection={<IconPlus size={14} />}
              onClick={() => form.insertListItem('milestones', { key: newKey(), title: '', dueDays: '' })}
            >
              Add milestone
            </Button>
          </Group>
          {v.milestones.map((m, i) => (
            <Group key={m.key} align="flex-start" wrap="nowrap" gap="xs">
              <TextInput
                style={{ flex: 1 }}
                label={`Milestone ${i + 1}`}
                placeholder="Technical setup"
                maxLength={300}
                {...form.getInputProps(`milestones.${i}.title`)}
              />
              <NumberInput
                w={190}
                label="Due, days after start"
                placeholder="No date"
                min={0}
                max={3650}
                allowDecimal={false}
                allowNegative={false}
                {...form.getInputProps(`milestones.${i}.dueDays`)}
              />
              <ActionIcon
                mt={26}
                variant="subtle"
                color="red"
                onClick={() => removeMilestone(m.key, i)}
                aria-label={`Remove milestone ${i + 1}`}
              >
                <IconTrash size={16} />
              </ActionIcon>
            </Group>
          ))}

          <Divider />
          <Group justify="space-between" align="flex-end">
            <div>
              <Title order={3} fz="md">
                Tasks
              </Title>
              <Text size="sm" c="dimmed">
                Our tasks go to the plan's owner; the customer's wait until someone picks a contact.
              </Text>
            </div>
            <Button
              size="xs"
              variant="light"
              leftSection={<IconPlus size={14} />}
              onClick={() => form.insertListItem('tasks', blankTask(v.tasks))}
            >
              Add task
            </Button>
          </Group>
          {v.tasks.length === 0 ? (
            <Text size="sm" c="dimmed">
              No tasks yet.
            </Text>
          ) : null}
          {v.tasks.map((t, i) => (
            <Paper key={t.ref} withBorder p="sm">
              <Stack gap="xs">
                <Group align="flex-start" wrap="nowrap" gap="xs">
                  <TextInput
                    style={{ flex: 1 }}
                    label={`Task ${i + 1}`}
                    placeholder="Kickoff call"
                    maxLength={300}
                    {...form.getInputProps(`tasks.${i}.title`)}
                  />
                  <Group gap={2} mt={26} wrap="nowrap">
                    <ActionIcon
                      variant="subtle"
                      disabled={i === 0}
                      onClick={() => form.reorderListItem('tasks', { from: i, to: i - 1 })}
                      aria-label={`Move task ${i + 1} up`}
                    >
                      <IconArrowUp size={16} />
                    </ActionIcon>
                    <ActionIcon
                      variant="subtle"
                      disabled={i === v.tasks.length - 1}
                      onClick={() => form.reorderListItem('tasks', { from: i, to: i + 1 })}
                      aria-label={`Move task ${i + 1} down`}
                    >
                      <IconArrowDown size={16} />
                    </ActionIcon>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      onClick={() => removeTask(t.ref)}
                      aria-label={`Remove task ${i + 1}`}
                    >
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Group>
                </Group>
                <SimpleGrid cols={{ base: 1, sm: 2 }}>
                  <Input.Wrapper label="Whose task" labelProps={{ id: `task-${t.ref}-side` }}>
                    <SegmentedControl
                      fullWidth
                      aria-labelledby={`task-${t.ref}-side`}
                      data={[
                        { value: 'vendor', label: SIDE_LABEL.vendor },
                        { value: 'customer', label: SIDE_LABEL.customer },
                      ]}
                      {...form.getInputProps(`tasks.${i}.ownerSide`)}
                    />
                  </Input.Wrapper>
                  <ChoiceSelect
                    label="Milestone"
                    noneLabel="No milestone"
                    data={milestoneOptions}
                    {...form.getInputProps(`tasks.${i}.milestoneKey`)}
                  />
                </SimpleGrid>
                <Input.Wrapper label="Due" labelProps={{ id: `task-${t.ref}-due` }}>
                  <SegmentedControl
                    display="flex"
                    w="fit-content"
                    aria-labelledby={`task-${t.ref}-due`}
                    data={[
                      { value: 'none', label: 'No date' },
                      { value: 'start', label: 'After the start' },
                      { value: 'task', label: 'After a task' },
                    ]}
                    {...form.getInputProps(`tasks.${i}.dueMode`)}
                  />
                </Input.Wrapper>
                {t.dueMode === 'none' ? null : (
                  <SimpleGrid cols={{ base: 1, sm: 2 }}>
                    <NumberInput
                      label={
                        t.dueMode === 'start' ? 'Days after the plan starts' : 'Days after that task is due'
                      }
                      min={0}
                      max={3650}
                      allowDecimal={false}
                      allowNegative={false}
                      {...form.getInputProps(`tasks.${i}.days`)}
                    />
                    {t.dueMode === 'task' ? (
                      <Select
                        label="After the task"
                        description="Its due date moves with that task's"
                        data={otherTasks(t.ref)}
                        searchable
                        {...form.getInputProps(`tasks.${i}.fromRef`)}
                      />
                    ) : null}
                  </SimpleGrid>
                )}
                <MultiSelect
                  label="Waits for"
                  description="It can start once these are done or skipped"
                  data={otherTasks(t.ref)}
                  searchable
                  clearable
                  {...form.getInputProps(`tasks.${i}.dependsOn`)}
                />
                <Textarea
                  label="Details"
                  autosize
                  minRows={1}
                  maxLength={4000}
                  {...form.getInputProps(`tasks.${i}.detail`)}
                />
                <Switch
                  label="Internal: never shown to the customer"
                  {...form.getInputProps(`tasks.${i}.internal`, { type: 'checkbox' })}
                />
              </Stack>
            </Paper>
          ))}

          {errorCount > 0 ? (
            <Alert color="red" variant="light" role="alert">
              Some fields need a look before the template can be saved.
            </Alert>
          ) : null}
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={saving}>
              {template ? 'Save template' : 'Add template'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

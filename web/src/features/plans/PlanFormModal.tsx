import {
  Button,
  Group,
  Modal,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import type { Plan, PlanKind, PlanStatus } from '@trustcircle/contracts';
import { useNavigate } from 'react-router';
import { ChoiceSelect } from '../../components/ChoiceSelect.tsx';
import { dayjs } from '../../lib/format.ts';
import { showFormError } from '../../lib/formErrors.ts';
import { notifySuccess } from '../../lib/notify.ts';
import { useCreatePlan, useUpdatePlan } from '../../lib/queries/plans.ts';
import { usePlanTemplates, useStartPlanFromTemplate } from '../../lib/queries/planTemplates.ts';
import { useSession } from '../../lib/queries/session.ts';
import { OwnerSelect } from '../accounts/OwnerSelect.tsx';
import { PLAN_KIND_OPTIONS, PLAN_STATUS_OPTIONS } from './meta.ts';

type Values = {
  from: 'blank' | 'template';
  templateId: string | null;
  title: string;
  kind: PlanKind;
  goal: string;
  startsOn: string | null;
  ownerId: string | null;
  status: PlanStatus;
};

/**
 * Starts a plan for an account, blank (milestones and tasks are added on its page) or from one
 * of the workspace's templates, or edits a plan's own fields.
 */
export function PlanFormModal({
  accountId,
  plan,
  opened,
  onClose,
}: {
  accountId: string;
  plan?: Plan;
  opened: boolean;
  onClose: () => void;
}) {
  const me = useSession();
  const navigate = useNavigate();
  const create = useCreatePlan();
  const fromTemplate = useStartPlanFromTemplate();
  const templates = usePlanTemplates();
  const templateOptions = (templates.data?.data ?? []).map((t) => ({ value: t.id, label: t.name }));
  const update = useUpdatePlan(plan ?? { id: '', account: { id: accountId, name: '' } });
  const form = useForm<Values>({
    initialValues: {
      from: 'blank',
      templateId: null,
      title: plan?.title ?? '',
      kind: plan?.kind ?? 'onboarding',
      goal: plan?.goal ?? '',
      startsOn: plan?.startsOn ?? dayjs().format('YYYY-MM-DD'),
      ownerId: plan ? (plan.owner?.id ?? null) : me.user.id,
      status: plan?.status ?? 'active',
    },
    validate: {
      // From a template the title may stay empty: the template names the plan.
      title: (v, all) => (v.trim() || all.from === 'template' ? null : 'Name the plan'),
      templateId: (v, all) => (all.from === 'template' && !v ? 'Pick a template' : null),
      startsOn: (v) => (v ? null : 'When does it start?'),
    },
  });
  const templated = !plan && form.values.from === 'template';
  const chosen = templates.data?.data.find((t) => t.id === form.values.templateId);
  const close = () => {
    onClose();
    form.reset();
  };
  const onError = (e: unknown) => showFormError(form, e, 'Could not save the plan');
  const submit = form.onSubmit((v) => {
    const common = {
      title: v.title.trim(),
      kind: v.kind,
      goal: v.goal.trim() || null,
      startsOn: v.startsOn ?? undefined,
      ownerId: v.ownerId,
    };
    if (plan) {
      update.mutate(
        { ...common, status: v.status },
        {
          onSuccess: () => {
            notifySuccess('Plan saved');
            close();
          },
          onError,
        },
      );
      return;
    }
    const started = (message: string) => (p: Plan) => {
      notifySuccess(message);
      close();
      navigate(`/plans/${p.id}`);
    };
    if (v.from === 'template' && v.templateId) {
      fromTemplate.mutate(
        {
          templateId: v.templateId,
          accountId,
          startsOn: common.startsOn,
          ownerId: common.ownerId,
          ...(common.title ? { title: common.title } : {}),
        },
        {
          onSuccess: started('Plan started from the template: pick owners for the customer’s tasks'),
          onError,
        },
      );
      return;
    }
    create.mutate(
      { ...common, accountId },
      { onSuccess: started('Plan started: add its milestones and tasks'), onError },
    );
  });
  return (
    <Modal opened={opened} onClose={close} title={plan ? 'Edit plan' : 'New plan'} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {!plan && templateOptions.length > 0 ? (
            <SegmentedControl
              aria-label="Start from"
              data={[
                { value: 'blank', label: 'Blank plan' },
                { value: 'template', label: 'Start from template' },
              ]}
              {...form.getInputProps('from')}
            />
          ) : null}
          {templated ? (
            <ChoiceSelect
              label="Template"
              description="Its milestones and tasks, dated from the plan's start"
              required
              noneLabel="Pick a template…"
              data={templateOptions}
              {...form.getInputProps('templateId')}
            />
          ) : null}
          <TextInput
            label="Title"
            placeholder={
              templated ? (chosen?.title ?? 'The template’s title') : 'Onboarding: live with SSO by March'
            }
            required={!templated}
            data-autofocus
            maxLength={300}
            {...form.getInputProps('title')}
          />
          {templated ? (
            <Text size="xs" c="dimmed">
              The plan takes its kind, goal, milestones and tasks from the template; our tasks go to its
              owner.
            </Text>
          ) : (
            <Textarea
              label="Goal"
              description="What success looks like for the customer; they see it on the shared plan"
              autosize
              minRows={2}
              maxLength={4000}
              {...form.getInputProps('goal')}
            />
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {templated ? null : (
              <ChoiceSelect
                label="Kind"
                description="What the plan is for"
                data={PLAN_KIND_OPTIONS}
                {...form.getInputProps('kind')}
              />
            )}
            <DateInput
              label="Start"
              description="Relative due dates count from it"
              required
              valueFormat="MMM D, YYYY"
              popoverProps={{ withinPortal: true }}
              {...form.getInputProps('startsOn')}
            />
            <OwnerSelect
              label="Owner"
              description="Who runs the plan on our side"
              includeId={plan?.owner?.id ?? null}
              {...form.getInputProps('ownerId')}
            />
            {plan ? (
              <ChoiceSelect
                label="Status"
                description="Only active plans count in accountability"
                data={PLAN_STATUS_OPTIONS}
                {...form.getInputProps('status')}
              />
            ) : null}
          </SimpleGrid>
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending || update.isPending || fromTemplate.isPending}>
              {plan ? 'Save' : 'Start plan'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

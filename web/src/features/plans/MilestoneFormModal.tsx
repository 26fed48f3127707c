import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import type { Plan, PlanMilestone } from '@trustcircle/contracts';
import { showFormError } from '../../lib/formErrors.ts';
import { notifySuccess } from '../../lib/notify.ts';
import { usePlanEdits } from '../../lib/queries/plans.ts';

type Values = { title: string; dueOn: string | null };

/** Adds a milestone at the end of a plan, or renames and re-dates one. */
export function MilestoneFormModal({
  plan,
  milestone,
  onClose,
}: {
  plan: Plan;
  milestone?: PlanMilestone;
  onClose: () => void;
}) {
  const edits = usePlanEdits(plan);
  const form = useForm<Values>({
    initialValues: { title: milestone?.title ?? '', dueOn: milestone?.dueOn ?? null },
    validate: { title: (v) => (v.trim() ? null : 'Name the milestone') },
  });
  const onError = (e: unknown) => showFormError(form, e, 'Could not save the milestone');
  const saved = (message: string) => () => {
    notifySuccess(message);
    onClose();
  };
  const submit = form.onSubmit((v) => {
    const body = { title: v.title.trim(), dueOn: v.dueOn };
    if (milestone)
      edits.updateMilestone.mutate(
        { id: milestone.id, ...body },
        { onSuccess: saved('Milestone saved'), onError },
      );
    else edits.addMilestone.mutate(body, { onSuccess: saved('Milestone added'), onError });
  });
  return (
    <Modal opened onClose={onClose} title={milestone ? 'Edit milestone' : 'Add a milestone'}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <TextInput
            label="Milestone"
            placeholder="Single sign-on live"
            required
            data-autofocus
            maxLength={300}
            {...form.getInputProps('title')}
          />
          <DateInput
            label="Target date"
            placeholder="None"
            clearable
            valueFormat="MMM D, YYYY"
            popoverProps={{ withinPortal: true }}
            {...form.getInputProps('dueOn')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={edits.addMilestone.isPending || edits.updateMilestone.isPending}>
              {milestone ? 'Save' : 'Add milestone'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

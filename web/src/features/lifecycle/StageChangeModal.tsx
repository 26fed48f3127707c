import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { Account, Phase, Stage } from '@trustcircle/contracts';
import { ChoiceSelect } from '../../components/ChoiceSelect.tsx';
import { showFormError } from '../../lib/formErrors.ts';
import { notifySuccess } from '../../lib/notify.ts';
import { useChangeStage } from '../../lib/queries/lifecycle.ts';
import { STAGE_META, STAGE_OPTIONS } from '../accounts/meta.ts';
import { PHASE_CHOICES, PHASE_META } from './meta.ts';

type Values = { stage: Stage; phase: Phase | null; reason: string };

/** Moves an account on the Trust Circle; the reason goes on its history and timeline. */
export function StageChangeModal({
  account,
  opened,
  onClose,
}: {
  account: Account;
  opened: boolean;
  onClose: () => void;
}) {
  const change = useChangeStage(account.id);
  const form = useForm<Values>({
    initialValues: { stage: account.stage, phase: account.phase ?? 'onboarding', reason: '' },
    validate: { reason: (v) => (v.trim().length >= 3 ? null : 'Say why, in a few words') },
  });
  const unchanged =
    form.values.stage === account.stage &&
    (account.stage !== 'customer' || form.values.phase === account.phase);
  const close = () => {
    onClose();
    form.reset();
    change.reset();
  };
  const submit = form.onSubmit((v) =>
    change.mutate(
      {
        stage: v.stage,
        ...(v.stage === 'customer' && v.phase ? { phase: v.phase } : {}),
        reason: v.reason.trim(),
      },
      {
        onSuccess: (moved) => {
          const where = moved.toPhase ? PHASE_META[moved.toPhase].label : STAGE_META[moved.toStage].label;
          notifySuccess(`${account.name} is now in ${where}`, 'Moved on the Trust Circle');
          close();
        },
        onError: (e) => {
          showFormError(form, e, 'Could not move the account');
        },
      },
    ),
  );
  return (
    <Modal opened={opened} onClose={close} title={`Move ${account.name}`}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <ChoiceSelect label="Stage" data={STAGE_OPTIONS} {...form.getInputProps('stage')} />
          {form.values.stage === 'customer' ? (
            <ChoiceSelect
              label="Phase"
              description={
                account.stage === 'customer'
                  ? 'Where the customer is now'
                  : 'A new customer starts in onboarding'
              }
              data={PHASE_CHOICES}
              {...form.getInputProps('phase')}
            />
          ) : null}
          <Textarea
            label="Why"
            placeholder="Signed the contract; the onboarding plan is done; …"
            required
            autosize
            minRows={2}
            maxLength={500}
            data-autofocus
            {...form.getInputProps('reason')}
          />
          <Text size="xs" c="dimmed">
            The move and its reason are kept on the account's history and shown on its timeline.
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={change.isPending} disabled={unchanged}>
              Move
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

import { Button, Group, Modal, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { Need } from '@trustcircle/contracts';
import { ChoiceSelect } from '../../components/ChoiceSelect.tsx';
import { showFormError } from '../../lib/formErrors.ts';
import { notifySuccess } from '../../lib/notify.ts';
import { useCreateNeed, useUpdateNeed } from '../../lib/queries/checkins.ts';
import { OwnerSelect } from '../accounts/OwnerSelect.tsx';
import { NEED_PRIORITY_OPTIONS, NEED_SOURCE_OPTIONS } from './meta.ts';

type Values = {
  title: string;
  detail: string;
  priority: Need['priority'];
  source: Need['source'];
  ownerId: string | null;
};

/** Records what a customer needs or wants to achieve, or corrects how it was written down. */
export function NeedFormModal({
  accountId,
  need,
  opened,
  onClose,
}: {
  accountId: string;
  need?: Need;
  opened: boolean;
  onClose: () => void;
}) {
  const create = useCreateNeed();
  const update = useUpdateNeed(need?.id ?? '');
  const form = useForm<Values>({
    initialValues: {
      title: need?.title ?? '',
      detail: need?.detail ?? '',
      priority: need?.priority ?? 'medium',
      source: need?.source ?? 'meeting',
      ownerId: need?.owner?.id ?? null,
    },
    validate: { title: (v) => (v.trim() ? null : 'Say what they need or want to achieve') },
  });
  const close = () => {
    onClose();
    form.reset();
  };
  const onError = (e: unknown) => {
    showFormError(form, e, 'Could not save the need');
  };
  const submit = form.onSubmit((v) => {
    const common = {
      title: v.title.trim(),
      detail: v.detail.trim() || null,
      priority: v.priority,
      ownerId: v.ownerId,
    };
    const saved = (message: string) => () => {
      notifySuccess(message);
      close();
    };
    if (need) update.mutate(common, { onSuccess: saved('Need updated'), onError });
    else
      create.mutate(
        { ...common, accountId, source: v.source },
        { onSuccess: saved('Need recorded'), onError },
      );
  });
  return (
    <Modal opened={opened} onClose={close} title={need ? 'Edit need' : 'Record a need'} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <TextInput
            label="What they need or want to achieve"
            placeholder="Close the books in one day instead of three"
            required
            data-autofocus
            maxLength={300}
            {...form.getInputProps('title')}
          />
          <Textarea label="Details" autosize minRows={2} maxLength={4000} {...form.getInputProps('detail')} />
          <SimpleGrid cols={{ base: 1, sm: need ? 2 : 3 }}>
            <ChoiceSelect label="Priority" data={NEED_PRIORITY_OPTIONS} {...form.getInputProps('priority')} />
            {need ? null : (
              <ChoiceSelect label="Heard in" data={NEED_SOURCE_OPTIONS} {...form.getInputProps('source')} />
            )}
            <OwnerSelect
              label="Owner"
              description="Who sees it through"
              includeId={need?.owner?.id ?? null}
              {...form.getInputProps('ownerId')}
            />
          </SimpleGrid>
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending || update.isPending}>
              {need ? 'Save' : 'Record need'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

import { Button, Group, Modal, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import type { PromiseItem } from '@trustcircle/contracts';
import { ChoiceSelect } from '../../components/ChoiceSelect.tsx';
import { showFormError } from '../../lib/formErrors.ts';
import { notifySuccess } from '../../lib/notify.ts';
import { useContacts } from '../../lib/queries/contacts.ts';
import { useCreatePromise, useUpdatePromise } from '../../lib/queries/promises.ts';
import { useSession } from '../../lib/queries/session.ts';
import { OwnerSelect } from '../accounts/OwnerSelect.tsx';
import { PROMISE_KIND_OPTIONS, PROMISE_SOURCE_OPTIONS } from './meta.ts';

type Values = {
  title: string;
  detail: string;
  kind: PromiseItem['kind'];
  source: PromiseItem['source'];
  ownerId: string | null;
  contactId: string | null;
  promisedOn: string | null;
  dueOn: string | null;
};

/** Records a promise on an account, or corrects one (a new due day is a renegotiation). */
export function PromiseFormModal({
  accountId,
  promise,
  opened,
  onClose,
}: {
  accountId: string;
  promise?: PromiseItem;
  opened: boolean;
  onClose: () => void;
}) {
  const me = useSession();
  const create = useCreatePromise();
  const update = useUpdatePromise(promise?.id ?? '');
  const contacts = useContacts({ accountId }, null, 200);
  const form = useForm<Values>({
    initialValues: {
      title: promise?.title ?? '',
      detail: promise?.detail ?? '',
      kind: promise?.kind ?? 'feature',
      source: promise?.source ?? 'meeting',
      ownerId: promise ? (promise.owner?.id ?? null) : me.user.id,
      contactId: promise?.contact?.id ?? null,
      promisedOn: promise?.promisedOn ?? null,
      dueOn: promise?.dueOn ?? null,
    },
    validate: {
      title: (v) => (v.trim() ? null : 'Say what was promised'),
      dueOn: (v) => (promise || v ? null : 'When is it due?'),
    },
  });
  const close = () => {
    onClose();
    form.reset();
  };
  const onError = (e: unknown) => {
    showFormError(form, e, 'Could not save the promise');
  };
  const submit = form.onSubmit((v) => {
    const common = {
      title: v.title.trim(),
      detail: v.detail.trim() || null,
      kind: v.kind,
      source: v.source,
      ownerId: v.ownerId,
      contactId: v.contactId,
    };
    if (promise) {
      update.mutate(common, {
        onSuccess: () => {
          notifySuccess('Promise updated');
          close();
        },
        onError,
      });
    } else {
      create.mutate(
        { ...common, accountId, dueOn: v.dueOn ?? '', ...(v.promisedOn ? { promisedOn: v.promisedOn } : {}) },
        {
          onSuccess: () => {
            notifySuccess('Promise recorded');
            close();
          },
          onError,
        },
      );
    }
  });
  const people = (contacts.data?.data ?? []).map((c) => ({ value: c.id, label: c.name }));
  return (
    <Modal opened={opened} onClose={close} title={promise ? 'Edit promise' : 'Record a promise'} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <TextInput
            label="What was promised"
            placeholder="Salesforce sync live before their Q3 kickoff"
            required
            data-autofocus
            maxLength={300}
            {...form.getInputProps('title')}
          />
          <Textarea label="Details" autosize minRows={2} maxLength={4000} {...form.getInputProps('detail')} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <ChoiceSelect label="Kind" data={PROMISE_KIND_OPTIONS} {...form.getInputProps('kind')} />
            <ChoiceSelect label="Made in" data={PROMISE_SOURCE_OPTIONS} {...form.getInputProps('source')} />
            <OwnerSelect
              label="Promised by"
              description="Who answers for it"
              includeId={promise?.owner?.id ?? null}
              {...form.getInputProps('ownerId')}
            />
            <ChoiceSelect
              label="Promised to"
              noneLabel="Nobody in particular"
              data={people}
              {...form.getInputProps('contactId')}
            />
            {promise ? null : (
              <>
                <DateInput
                  label="Promised on"
                  placeholder="Today"
                  clearable
                  valueFormat="MMM D, YYYY"
                  popoverProps={{ withinPortal: true }}
                  {...form.getInputProps('promisedOn')}
                />
                <DateInput
                  label="Due"
                  placeholder="Pick a day"
                  required
                  valueFormat="MMM D, YYYY"
                  popoverProps={{ withinPortal: true }}
                  {...form.getInputProps('dueOn')}
                />
              </>
            )}
          </SimpleGrid>
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending || update.isPending}>
              {promise ? 'Save' : 'Record promise'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

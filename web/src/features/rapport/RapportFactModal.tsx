import { Button, Checkbox, Group, Modal, NativeSelect, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { RapportFact, RapportKind } from '@trustcircle/contracts';
import { useEffect } from 'react';
import { ChoiceSelect } from '../../components/ChoiceSelect.tsx';
import { showFormError } from '../../lib/formErrors.ts';
import { notifySuccess } from '../../lib/notify.ts';
import { useCreateRapport, useUpdateRapport } from '../../lib/queries/contacts.ts';
import { RAPPORT_KIND_OPTIONS } from './meta.tsx';

type Values = {
  contactId: string | null;
  kind: RapportKind;
  text: string;
  mentionAtNextCheckIn: boolean;
  private: boolean;
};

type Props = {
  opened: boolean;
  onClose: () => void;
  fact?: RapportFact | null;
  /** The contact the fact is about; or, on an account, the people to choose from. */
  contactId?: string;
  contacts?: Array<{ id: string; name: string }>;
};

export function RapportFactModal({ opened, onClose, fact, contactId, contacts }: Props) {
  const create = useCreateRapport();
  const update = useUpdateRapport();
  const form = useForm<Values>({
    initialValues: {
      contactId: null,
      kind: 'interest',
      text: '',
      mentionAtNextCheckIn: false,
      private: false,
    },
    validate: {
      contactId: (v) => (v ? null : 'Choose who this fact is about'),
      text: (v) => (v.trim() ? null : 'Write down the fact, e.g. "Has two kids, Mia and Leo"'),
    },
  });

  // biome-ignore lint/correctness/useExhaustiveDependencies: refill only when the modal opens
  useEffect(() => {
    if (!opened) return;
    const values: Values = fact
      ? {
          contactId: fact.contactId,
          kind: fact.kind,
          text: fact.text,
          mentionAtNextCheckIn: fact.mentionAtNextCheckIn,
          private: fact.visibility === 'private',
        }
      : {
          contactId: contactId ?? (contacts?.length === 1 ? (contacts[0]?.id ?? null) : null),
          kind: 'interest',
          text: '',
          mentionAtNextCheckIn: false,
          private: false,
        };
    form.setValues(values);
    form.resetDirty(values);
    form.clearErrors();
  }, [opened, fact?.id]);

  const submit = form.onSubmit((v) => {
    const input = {
      kind: v.kind,
      text: v.text.trim(),
      mentionAtNextCheckIn: v.mentionAtNextCheckIn,
      visibility: v.private ? ('private' as const) : ('team' as const),
    };
    const handlers = {
      onSuccess: () => {
        notifySuccess(fact ? 'Rapport fact updated' : 'Rapport fact added');
        onClose();
      },
      onError: (e: unknown) => {
        showFormError(form, e, 'Could not save the fact');
      },
    };
    if (fact) update.mutate({ fact, input }, handlers);
    else if (v.contactId) create.mutate({ contactId: v.contactId, input }, handlers);
  });

  const chooseContact = !fact && !contactId && contacts;
  return (
    <Modal opened={opened} onClose={onClose} title={fact ? 'Edit rapport' : 'Add to rapport'}>
      <form
        onSubmit={submit}
        noValidate
        // Enter adds a new line in the fact; Ctrl/Cmd+Enter saves from anywhere in the form.
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.metaKey || e.ctrlKey)) {
            e.preventDefault();
            submit();
          }
        }}
      >
        <Stack gap="md">
          {chooseContact ? (
            <ChoiceSelect
              label="Contact"
              data={contacts.map((c) => ({ value: c.id, label: c.name }))}
              noneLabel="Choose who this is about…"
              required
              data-autofocus={contacts.length > 1 ? true : undefined}
              {...form.getInputProps('contactId')}
            />
          ) : null}
          {/* A native select: simple on phones, and its label names exactly one element. */}
          <NativeSelect label="Kind" data={RAPPORT_KIND_OPTIONS} {...form.getInputProps('kind')} />
          <Textarea
            label="Fact"
            placeholder="Daughter Mia started university in Lyon in September"
            autosize
            minRows={3}
            maxRows={8}
            required
            data-autofocus={chooseContact && contacts.length > 1 ? undefined : true}
            {...form.getInputProps('text')}
          />
          <Checkbox
            label="Mention at next check-in"
            description="Brings it up on the next call so the person feels remembered"
            {...form.getInputProps('mentionAtNextCheckIn', { type: 'checkbox' })}
          />
          <Checkbox
            label="Private"
            description="Only you can see a private fact; the team sees the rest"
            {...form.getInputProps('private', { type: 'checkbox' })}
          />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending || update.isPending}>
              Save fact
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

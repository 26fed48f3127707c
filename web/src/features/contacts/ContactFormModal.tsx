import { Button, Checkbox, Group, Modal, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { Contact, ContactRole } from '@trustcircle/contracts';
import { useEffect } from 'react';
import { ChoiceSelect } from '../../components/ChoiceSelect.tsx';
import { showFormError } from '../../lib/formErrors.ts';
import { notifySuccess } from '../../lib/notify.ts';
import { useCreateContact, useUpdateContact } from '../../lib/queries/contacts.ts';
import { AccountPicker } from './AccountPicker.tsx';
import { CONTACT_ROLE_OPTIONS } from './meta.ts';

type Values = {
  accountId: string | null;
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  title: string;
  role: ContactRole | null;
  isPrimary: boolean;
};

const empty = (accountId: string | null): Values => ({
  accountId,
  firstName: '',
  lastName: '',
  email: '',
  phone: '',
  title: '',
  role: null,
  isPrimary: false,
});

const fromContact = (c: Contact): Values => ({
  accountId: c.accountId,
  firstName: c.firstName,
  lastName: c.lastName ?? '',
  email: c.email ?? '',
  phone: c.phone ?? '',
  title: c.title ?? '',
  role: c.role,
  isPrimary: c.isPrimary,
});

type Props = {
  opened: boolean;
  onClose: () => void;
  /** Editing this contact; otherwise a new one. */
  contact?: Contact | null;
  /** New contacts go to this account; without it the form asks which account. */
  accountId?: string;
  onSaved?: (contact: Contact) => void;
};

export function ContactFormModal({ opened, onClose, contact, accountId, onSaved }: Props) {
  const create = useCreateContact();
  const update = useUpdateContact();
  const editing = Boolean(contact);
  const form = useForm<Values>({
    initialValues: empty(accountId ?? null),
    validate: {
      accountId: (v) => (v ? null : 'Choose the account this person works for'),
      firstName: (v) => (v.trim() ? null : 'Enter a first name'),
      email: (v) =>
        !v.trim() || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v.trim())
          ? null
          : 'Enter an email such as jo@acme.com',
    },
  });

  // biome-ignore lint/correctness/useExhaustiveDependencies: refill only when the modal opens
  useEffect(() => {
    if (opened) {
      const values = contact ? fromContact(contact) : empty(accountId ?? null);
      form.setValues(values);
      form.resetDirty(values);
      form.clearErrors();
    }
  }, [opened, contact?.id]);

  const pending = create.isPending || update.isPending;
  const submit = form.onSubmit((v) => {
    const fields = {
      firstName: v.firstName.trim(),
      lastName: v.lastName.trim() || null,
      email: v.email.trim() || null,
      phone: v.phone.trim() || null,
      title: v.title.trim() || null,
      role: v.role,
      isPrimary: v.isPrimary,
    };
    const handlers = {
      onSuccess: (saved: Contact) => {
        notifySuccess(
          editing ? `${saved.name} was updated` : `${saved.name} was added to ${saved.accountName}`,
        );
        onSaved?.(saved);
        onClose();
      },
      onError: (e: unknown) => {
        showFormError(form, e, 'Could not save the contact');
      },
    };
    if (contact) {
      update.mutate(
        {
          id: contact.id,
          input: {
            ...fields,
            ...(v.accountId !== contact.accountId ? { accountId: v.accountId ?? undefined } : {}),
          },
        },
        handlers,
      );
    } else if (v.accountId) {
      create.mutate({ ...fields, accountId: v.accountId }, handlers);
    }
  });

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={editing ? `Edit ${contact?.name}` : 'Add contact'}
      size="lg"
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {accountId && !editing ? null : (
            <AccountPicker
              label="Account"
              placeholder="Search accounts"
              required
              currentName={contact?.accountName}
              openOnFocus={false}
              data-autofocus={editing ? undefined : true}
              {...form.getInputProps('accountId')}
            />
          )}
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
            <TextInput
              label="First name"
              required
              data-autofocus={accountId || editing ? true : undefined}
              autoComplete="off"
              {...form.getInputProps('firstName')}
            />
            <TextInput label="Last name" autoComplete="off" {...form.getInputProps('lastName')} />
            <TextInput label="Email" type="email" autoComplete="off" {...form.getInputProps('email')} />
            <TextInput label="Phone" type="tel" autoComplete="off" {...form.getInputProps('phone')} />
            <TextInput label="Job title" placeholder="VP Operations" {...form.getInputProps('title')} />
            <ChoiceSelect
              label="Role"
              data={CONTACT_ROLE_OPTIONS}
              noneLabel="No role"
              {...form.getInputProps('role')}
            />
          </SimpleGrid>
          <Checkbox
            label="Primary contact"
            description="The first person to reach at this account"
            {...form.getInputProps('isPrimary', { type: 'checkbox' })}
          />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={pending}>
              Save contact
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

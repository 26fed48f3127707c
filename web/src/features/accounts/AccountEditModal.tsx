import {
  Button,
  Divider,
  Group,
  Modal,
  NumberInput,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  TextInput,
} from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import type { Account, AccountUpdate, Tier } from '@trustcircle/contracts';
import { useEffect, useState } from 'react';
import { ChoiceSelect } from '../../components/ChoiceSelect.tsx';
import { fieldErrors } from '../../lib/api.ts';
import { currencySymbol, formatDateTime, formatMoney } from '../../lib/format.ts';
import { notifyError, notifySuccess } from '../../lib/notify.ts';
import { useUpdateAccount } from '../../lib/queries/accounts.ts';
import { useSession } from '../../lib/queries/session.ts';
import { type CustomFieldRow, CustomFieldsEditor, fromRows, toRows } from './CustomFieldsEditor.tsx';
import { TIER_OPTIONS } from './meta.ts';
import { OwnerSelect } from './OwnerSelect.tsx';

type Values = {
  name: string;
  domain: string;
  ownerId: string | null;
  tier: Tier | null;
  arr: number | string;
  contractStart: string | null;
  renewalDate: string | null;
  tags: string[];
  customFields: CustomFieldRow[];
};

const toValues = (a: Account): Values => ({
  name: a.name,
  domain: a.domain ?? '',
  ownerId: a.owner?.id ?? null,
  tier: a.tier,
  arr: a.arr,
  contractStart: a.contractStart,
  renewalDate: a.renewalDate,
  tags: a.tags,
  customFields: toRows(a.customFields),
});

/** Only what changed goes to the server, so two people editing different fields do not clash. */
function changes(a: Account, v: Values): AccountUpdate {
  const out: AccountUpdate = {};
  if (v.name.trim() !== a.name) out.name = v.name.trim();
  if ((v.domain.trim() || null) !== a.domain) out.domain = v.domain.trim() || null;
  if (v.ownerId !== (a.owner?.id ?? null)) out.ownerId = v.ownerId;
  if (v.tier !== a.tier) out.tier = v.tier;
  const arr = v.arr === '' ? 0 : Number(v.arr);
  if (arr !== a.arr) out.arr = v.arr === '' ? null : arr;
  if (v.contractStart !== a.contractStart) out.contractStart = v.contractStart;
  if (v.renewalDate !== a.renewalDate) out.renewalDate = v.renewalDate;
  if (JSON.stringify(v.tags) !== JSON.stringify(a.tags)) out.tags = v.tags;
  const custom = fromRows(v.customFields);
  if (JSON.stringify(custom) !== JSON.stringify(a.customFields)) out.customFields = custom;
  return out;
}

type Props = { account: Account; opened: boolean; onClose: () => void };

/**
 * Every field of the account, to change and save together. It opens from the page header; the
 * form mounts with the modal, so each opening starts from the account as it is now.
 */
export function AccountEditModal({ account, opened, onClose }: Props) {
  const [dirty, setDirty] = useState(false);
  const close = () => {
    setDirty(false);
    onClose();
  };
  return (
    <Modal
      opened={opened}
      onClose={close}
      title={`Edit ${account.name}`}
      size="xl"
      // Unsaved changes are not thrown away by a stray click beside the dialog.
      closeOnClickOutside={!dirty}
    >
      {opened ? <AccountEditForm account={account} onDirty={setDirty} onDone={close} /> : null}
    </Modal>
  );
}

function AccountEditForm({
  account,
  onDirty,
  onDone,
}: {
  account: Account;
  onDirty: (dirty: boolean) => void;
  onDone: () => void;
}) {
  const me = useSession();
  const update = useUpdateAccount(account.id);
  const form = useForm<Values>({
    initialValues: toValues(account),
    validate: { name: (v) => (v.trim() ? null : 'An account needs a name') },
  });

  const diff = changes(account, form.values);
  const dirty = Object.keys(diff).length > 0;
  useEffect(() => onDirty(dirty), [dirty, onDirty]);

  const submit = form.onSubmit((v) => {
    const input = changes(account, v);
    if (Object.keys(input).length === 0) return;
    update.mutate(input, {
      onSuccess: () => {
        notifySuccess('Account details saved');
        onDone();
      },
      onError: (e) => {
        const errors = fieldErrors(e);
        if (Object.keys(errors).length) form.setErrors(errors);
        notifyError(e, 'Could not save the account');
      },
    });
  });

  const currency = me.workspace.currency;
  const timezone = me.workspace.timezone;

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="md">
          <TextInput label="Name" required {...form.getInputProps('name')} />
          <TextInput label="Domain" placeholder="acme.com" {...form.getInputProps('domain')} />
          <OwnerSelect
            label="Owner"
            placeholder="No owner"
            includeId={account.owner?.id}
            {...form.getInputProps('ownerId')}
          />
          <ChoiceSelect
            label="Tier"
            data={TIER_OPTIONS}
            noneLabel="No tier"
            {...form.getInputProps('tier')}
          />
          <NumberInput
            label="ARR"
            min={0}
            thousandSeparator=","
            leftSection={currencySymbol(currency)}
            hideControls
            description={`MRR ${formatMoney(account.mrr, currency)}`}
            {...form.getInputProps('arr')}
          />
          <DateInput
            label="Contract start"
            placeholder="Not set"
            clearable
            valueFormat="MMM D, YYYY"
            {...form.getInputProps('contractStart')}
          />
          <DateInput
            label="Renewal date"
            placeholder="Not set"
            clearable
            valueFormat="MMM D, YYYY"
            {...form.getInputProps('renewalDate')}
          />
        </SimpleGrid>
        <TagsInput
          label="Tags"
          description="Press Enter or comma after each tag"
          placeholder="Add a tag"
          splitChars={[',']}
          clearable
          maxTags={20}
          {...form.getInputProps('tags')}
        />
        <Divider />
        <CustomFieldsEditor
          rows={form.values.customFields}
          onChange={(rows) => form.setFieldValue('customFields', rows)}
          error={form.errors.customFields as string | undefined}
        />
        <Text size="xs" c="dimmed">
          Created {formatDateTime(account.createdAt, timezone)} · updated{' '}
          {formatDateTime(account.updatedAt, timezone)}
          {account.externalId ? ` · external id ${account.externalId}` : ''}
        </Text>
        {/* The form is taller than a laptop's window: its buttons stay in sight as it scrolls. */}
        <Group
          justify="flex-end"
          gap="xs"
          py="sm"
          bg="var(--mantine-color-body)"
          style={{
            position: 'sticky',
            bottom: 0,
            zIndex: 1,
            borderTop: '1px solid var(--mantine-color-default-border)',
          }}
        >
          <Button variant="default" disabled={update.isPending} onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" disabled={!dirty} loading={update.isPending}>
            Save changes
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

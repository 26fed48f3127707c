import { Button, Group, Modal, NumberInput, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import type { Stage, Tier } from '@trustcircle/contracts';
import { useNavigate } from 'react-router';
import { ChoiceSelect } from '../../components/ChoiceSelect.tsx';

import { currencySymbol } from '../../lib/format.ts';
import { showFormError } from '../../lib/formErrors.ts';
import { notifySuccess } from '../../lib/notify.ts';
import { useCreateAccount } from '../../lib/queries/accounts.ts';
import { useSession } from '../../lib/queries/session.ts';
import { STAGE_OPTIONS, TIER_OPTIONS } from './meta.ts';
import { OwnerSelect } from './OwnerSelect.tsx';

type Values = {
  name: string;
  domain: string;
  stage: Stage;
  tier: Tier | null;
  ownerId: string | null;
  arr: number | string;
  renewalDate: string | null;
};

export function CreateAccountModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const me = useSession();
  const create = useCreateAccount();
  const navigate = useNavigate();
  const form = useForm<Values>({
    initialValues: {
      name: '',
      domain: '',
      stage: 'prospect',
      tier: null,
      ownerId: me.user.id,
      arr: '',
      renewalDate: null,
    },
    validate: { name: (v) => (v.trim() ? null : 'Give the account a name') },
  });

  const close = () => {
    onClose();
    form.reset();
    create.reset();
  };

  const submit = form.onSubmit((v) =>
    create.mutate(
      {
        name: v.name.trim(),
        domain: v.domain.trim() || null,
        stage: v.stage,
        tier: v.tier,
        ownerId: v.ownerId,
        arr: v.arr === '' ? null : Number(v.arr),
        renewalDate: v.renewalDate,
      },
      {
        onSuccess: (account) => {
          notifySuccess(`${account.name} was added`, 'Account created');
          close();
          navigate(`/accounts/${account.id}`);
        },
        onError: (e) => {
          showFormError(form, e, 'Could not create the account');
        },
      },
    ),
  );

  return (
    <Modal opened={opened} onClose={close} title="New account" size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <TextInput
            label="Name"
            placeholder="Acme Corporation"
            required
            data-autofocus
            {...form.getInputProps('name')}
          />
          <TextInput
            label="Domain"
            placeholder="acme.com"
            description="Their website, used to recognise the account"
            {...form.getInputProps('domain')}
          />
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
            <ChoiceSelect label="Stage" data={STAGE_OPTIONS} {...form.getInputProps('stage')} />
            <ChoiceSelect
              label="Tier"
              data={TIER_OPTIONS}
              noneLabel="No tier"
              {...form.getInputProps('tier')}
            />
            <OwnerSelect label="Owner" placeholder="No owner" {...form.getInputProps('ownerId')} />
            <NumberInput
              label="ARR"
              placeholder="Annual recurring revenue"
              min={0}
              thousandSeparator=","
              leftSection={currencySymbol(me.workspace.currency)}
              hideControls
              {...form.getInputProps('arr')}
            />
          </SimpleGrid>
          <DateInput
            label="Renewal date"
            placeholder="Pick a date"
            clearable
            valueFormat="MMM D, YYYY"
            popoverProps={{ withinPortal: true }}
            {...form.getInputProps('renewalDate')}
          />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending}>
              Create account
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

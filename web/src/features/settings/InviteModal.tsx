import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { Role } from '@trustcircle/contracts';
import { ChoiceSelect } from '../../components/ChoiceSelect.tsx';
import { fieldErrors } from '../../lib/api.ts';
import { notifySuccess } from '../../lib/notify.ts';
import { ROLE_DESCRIPTION, ROLE_OPTIONS } from '../../lib/permissions.ts';
import { useInvite } from '../../lib/queries/workspace.ts';
import { validateEmail } from '../auth/PasswordField.tsx';

export function InviteModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const invite = useInvite();
  const form = useForm<{ email: string; role: Role }>({
    initialValues: { email: '', role: 'csm' },
    validate: { email: validateEmail },
  });
  const close = () => {
    onClose();
    form.reset();
  };
  const submit = form.onSubmit((v) =>
    invite.mutate(
      { email: v.email.trim(), role: v.role },
      {
        onSuccess: (inv) => {
          notifySuccess(`An invitation is on its way to ${inv.email}`, 'Invitation sent');
          close();
        },
        onError: (e) => {
          const errors = fieldErrors(e);
          if (Object.keys(errors).length) form.setErrors(errors);
          else form.setFieldError('email', e.message);
        },
      },
    ),
  );
  return (
    <Modal opened={opened} onClose={close} title="Invite a teammate">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <TextInput
            label="Email"
            type="email"
            placeholder="teammate@company.com"
            required
            data-autofocus
            {...form.getInputProps('email')}
          />
          <ChoiceSelect
            label="Role"
            data={ROLE_OPTIONS}
            description={ROLE_DESCRIPTION[form.values.role]}
            {...form.getInputProps('role')}
          />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={invite.isPending}>
              Send invitation
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

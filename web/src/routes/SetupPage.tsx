import { Alert, Button, Center, Checkbox, Loader, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertTriangle } from '@tabler/icons-react';
import { Navigate, useNavigate } from 'react-router';
import { AuthLayout } from '../features/auth/AuthLayout.tsx';
import { NewPasswordField, validateEmail, validatePassword } from '../features/auth/PasswordField.tsx';
import { errorMessage, fieldErrors } from '../lib/api.ts';
import { useSetup, useSetupStatus } from '../lib/queries/session.ts';

export function SetupPage() {
  const status = useSetupStatus();
  const setup = useSetup();
  const navigate = useNavigate();
  const form = useForm({
    initialValues: { workspaceName: '', name: '', email: '', password: '', demo: false },
    validate: {
      workspaceName: (v) => (v.trim() ? null : 'Name your workspace, e.g. your company'),
      name: (v) => (v.trim() ? null : 'Enter your name'),
      email: validateEmail,
      password: validatePassword,
    },
  });

  if (status.isPending) {
    return (
      <Center h="100dvh">
        <Loader />
      </Center>
    );
  }
  // Setup happens once; afterwards this address leads to the login page.
  if (status.data && !status.data.needed && !setup.isSuccess) return <Navigate to="/login" replace />;

  const submit = form.onSubmit((values) =>
    setup.mutate(values, {
      onSuccess: () => navigate('/accounts', { replace: true }),
      onError: (e) => form.setErrors(fieldErrors(e)),
    }),
  );

  return (
    <AuthLayout
      title="Set up Trust Circle"
      subtitle="Create your workspace and the first admin account. You can invite your team next."
      width={480}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {setup.isError && Object.keys(fieldErrors(setup.error)).length === 0 ? (
            <Alert color="red" icon={<IconAlertTriangle size={18} />} role="alert">
              {errorMessage(setup.error)}
            </Alert>
          ) : null}
          <TextInput
            label="Workspace name"
            description="Usually your company or team"
            placeholder="Acme Customer Success"
            required
            data-autofocus
            autoFocus
            {...form.getInputProps('workspaceName')}
          />
          <TextInput
            label="Your name"
            placeholder="Ada Lovelace"
            autoComplete="name"
            required
            {...form.getInputProps('name')}
          />
          <TextInput
            label="Email"
            type="email"
            placeholder="ada@example.com"
            autoComplete="email"
            required
            {...form.getInputProps('email')}
          />
          <NewPasswordField {...form.getInputProps('password')} />
          <Checkbox
            label="Load demo data"
            description="Fills the workspace with realistic sample accounts, contacts, rapport and timeline entries so you can explore before importing your own. You can delete them later."
            {...form.getInputProps('demo', { type: 'checkbox' })}
          />
          <Button type="submit" size="md" loading={setup.isPending} fullWidth mt="xs">
            Create workspace
          </Button>
        </Stack>
      </form>
    </AuthLayout>
  );
}

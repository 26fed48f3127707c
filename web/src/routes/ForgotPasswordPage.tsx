import { Alert, Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertTriangle, IconMailCheck } from '@tabler/icons-react';
import { Link } from 'react-router';
import { AuthLayout } from '../features/auth/AuthLayout.tsx';
import { validateEmail } from '../features/auth/PasswordField.tsx';
import { errorMessage } from '../lib/api.ts';
import { usePasswordResetRequest } from '../lib/queries/session.ts';

export function ForgotPasswordPage() {
  const reset = usePasswordResetRequest();
  const form = useForm({ initialValues: { email: '' }, validate: { email: validateEmail } });
  const submit = form.onSubmit(({ email }) => reset.mutate(email.trim()));

  return (
    <AuthLayout
      title="Reset your password"
      subtitle="Enter the email you sign in with and we will send you a link to choose a new password."
      footer={
        <Anchor component={Link} to="/login" size="sm">
          Back to sign in
        </Anchor>
      }
    >
      {reset.isSuccess ? (
        <Alert color="teal" icon={<IconMailCheck size={18} />} title="Check your inbox" role="status">
          <Text size="sm">
            If {form.values.email.trim()} has an account, a reset link is on its way. It works once and
            expires soon. No email? Your admin can find it in the workspace's mail outbox.
          </Text>
        </Alert>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            {reset.isError ? (
              <Alert color="red" icon={<IconAlertTriangle size={18} />} role="alert">
                {errorMessage(reset.error)}
              </Alert>
            ) : null}
            <TextInput
              label="Email"
              type="email"
              autoComplete="email"
              required
              autoFocus
              {...form.getInputProps('email')}
            />
            <Button type="submit" loading={reset.isPending} fullWidth size="md">
              Send reset link
            </Button>
          </Stack>
        </form>
      )}
    </AuthLayout>
  );
}

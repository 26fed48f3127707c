import { Alert, Anchor, Button, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { Link, useSearchParams } from 'react-router';
import { AuthLayout } from '../features/auth/AuthLayout.tsx';
import { NewPasswordField, validatePassword } from '../features/auth/PasswordField.tsx';
import { ApiError, errorMessage } from '../lib/api.ts';
import { usePasswordResetConfirm } from '../lib/queries/session.ts';

export function ResetPasswordPage() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const confirm = usePasswordResetConfirm();
  const form = useForm({
    initialValues: { password: '' },
    validate: { password: validatePassword },
  });
  const submit = form.onSubmit(({ password }) => confirm.mutate({ token, password }));
  const back = (
    <Anchor component={Link} to="/login" size="sm">
      Back to sign in
    </Anchor>
  );

  if (token.length < 10) {
    return (
      <AuthLayout title="Choose a new password" footer={back}>
        <Alert color="red" icon={<IconAlertTriangle size={18} />} role="alert">
          This link is incomplete. Open the link from the email again, or{' '}
          <Anchor component={Link} to="/forgot-password">
            ask for a new one
          </Anchor>
          .
        </Alert>
      </AuthLayout>
    );
  }

  if (confirm.isSuccess) {
    return (
      <AuthLayout title="Password changed" footer={null}>
        <Stack>
          <Alert color="teal" icon={<IconCircleCheck size={18} />} role="status">
            Your new password is set. Sign in with it now.
          </Alert>
          <Button component={Link} to="/login" fullWidth>
            Sign in
          </Button>
        </Stack>
      </AuthLayout>
    );
  }

  const expired = confirm.error instanceof ApiError && confirm.error.status === 404;
  return (
    <AuthLayout title="Choose a new password" subtitle="You will sign in with it from now on." footer={back}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {confirm.isError ? (
            <Alert color="red" icon={<IconAlertTriangle size={18} />} role="alert">
              {expired ? (
                <>
                  This reset link has expired or was already used.{' '}
                  <Anchor component={Link} to="/forgot-password">
                    Ask for a new one
                  </Anchor>
                  .
                </>
              ) : (
                errorMessage(confirm.error)
              )}
            </Alert>
          ) : null}
          <NewPasswordField label="New password" autoFocus {...form.getInputProps('password')} />
          <Button type="submit" loading={confirm.isPending} fullWidth size="md">
            Set new password
          </Button>
        </Stack>
      </form>
    </AuthLayout>
  );
}

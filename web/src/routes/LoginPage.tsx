import { Alert, Anchor, Button, Group, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertTriangle } from '@tabler/icons-react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { AuthLayout } from '../features/auth/AuthLayout.tsx';
import { validateEmail } from '../features/auth/PasswordField.tsx';
import { ApiError, errorMessage } from '../lib/api.ts';
import { useLogin } from '../lib/queries/session.ts';

/** Only paths inside this app, so a crafted link cannot send someone elsewhere after login. */
export function safeNext(next: string | null): string {
  return next?.startsWith('/') && !next.startsWith('//') ? next : '/accounts';
}

function loginError(e: unknown): string {
  if (e instanceof ApiError && e.status === 429) {
    const wait = e.retryAfter
      ? ` Try again in ${Math.ceil(e.retryAfter / 60) > 1 ? `${Math.ceil(e.retryAfter / 60)} minutes` : `${e.retryAfter} seconds`}.`
      : ' Try again in a few minutes.';
    return `Too many sign-in attempts.${wait}`;
  }
  if (e instanceof ApiError && e.status === 401) return 'That email and password do not match an account.';
  return errorMessage(e);
}

export function LoginPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const login = useLogin();
  const form = useForm({
    initialValues: { email: '', password: '' },
    validate: {
      email: validateEmail,
      password: (v) => (v ? null : 'Enter your password'),
    },
  });

  const submit = form.onSubmit((values) =>
    login.mutate(values, { onSuccess: () => navigate(safeNext(params.get('next')), { replace: true }) }),
  );

  return (
    <AuthLayout
      title="Sign in"
      subtitle="Welcome back. Sign in to your workspace."
      footer="Trust Circle · open-source customer success"
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {login.isError ? (
            <Alert color="red" icon={<IconAlertTriangle size={18} />} role="alert">
              {loginError(login.error)}
            </Alert>
          ) : null}
          <TextInput
            label="Email"
            type="email"
            autoComplete="email"
            placeholder="you@company.com"
            required
            autoFocus
            {...form.getInputProps('email')}
          />
          <Stack gap={4}>
            <PasswordInput
              label="Password"
              autoComplete="current-password"
              required
              {...form.getInputProps('password')}
            />
            <Group justify="flex-end">
              <Anchor component={Link} to="/forgot-password" size="sm">
                Forgot your password?
              </Anchor>
            </Group>
          </Stack>
          <Button type="submit" size="md" loading={login.isPending} fullWidth>
            Sign in
          </Button>
        </Stack>
      </form>
    </AuthLayout>
  );
}

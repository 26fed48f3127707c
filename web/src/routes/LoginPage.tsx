import { Alert, Anchor, Button, Group, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertTriangle, IconClockHour4 } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { AuthLayout } from '../features/auth/AuthLayout.tsx';
import { validateEmail } from '../features/auth/PasswordField.tsx';
import { ApiError, errorMessage } from '../lib/api.ts';
import { useLogin } from '../lib/queries/session.ts';

/** Only paths inside this app, so a crafted link cannot send someone elsewhere after login. */
export function safeNext(next: string | null): string {
  return next?.startsWith('/') && !next.startsWith('//') ? next : '/accounts';
}

/** Who is being held back, from the server's details: every wait is said plainly. */
const HELD: Record<string, string> = {
  account: 'Too many failed sign-ins for this account.',
  device: 'Too many failed sign-ins from this browser.',
  network: 'Too many failed sign-ins from your network.',
};

function loginError(e: unknown): string {
  if (e instanceof ApiError && e.status === 401) return 'That email and password do not match an account.';
  return errorMessage(e);
}

/** "0:42", "12:05": the time left, counting down. */
export const clockOf = (seconds: number) =>
  `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;

/** A refused sign-in: how long the server asked to wait, from when, and for whom. */
type Held = { seconds: number; from: number; scope: string | null };

const heldBy = (e: unknown): Held | null =>
  e instanceof ApiError && e.status === 429
    ? {
        seconds: e.retryAfter ?? 60,
        from: Date.now(),
        scope: (e.details as { scope?: string } | null)?.scope ?? null,
      }
    : null;

/** The seconds left of a wait, counting down once a second; 0 when it is over. */
function useSecondsLeft(held: Held | null): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    if (!held) return;
    setNow(Date.now());
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [held]);
  if (!held) return 0;
  const left = Math.ceil((held.from + held.seconds * 1000 - now) / 1000);
  return Math.max(0, Math.min(held.seconds, left));
}

export function LoginPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const login = useLogin();
  const [held, setHeld] = useState<Held | null>(null);
  const secondsLeft = useSecondsLeft(held);
  const form = useForm({
    initialValues: { email: '', password: '' },
    validate: {
      email: validateEmail,
      password: (v) => (v ? null : 'Enter your password'),
    },
    // A wait is for one account (or browser): another email starts afresh. A wait for the
    // whole network holds whatever the email.
    onValuesChange: (values, previous) => {
      if (values.email === previous.email) return;
      setHeld((h) => (h?.scope === 'network' ? h : null));
      if (held?.scope !== 'network') login.reset();
    },
  });

  const submit = form.onSubmit((values) => {
    setHeld(null);
    login.mutate(values, {
      onSuccess: () => navigate(safeNext(params.get('next')), { replace: true }),
      onError: (e) => setHeld(heldBy(e)),
    });
  });

  return (
    <AuthLayout
      title="Sign in"
      subtitle="Welcome back. Sign in to your workspace."
      footer="Trust Circle · open-source customer success"
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {held ? (
            <Alert
              color={secondsLeft > 0 ? 'orange' : 'blue'}
              icon={<IconClockHour4 size={18} />}
              role="alert"
              title={HELD[held.scope ?? ''] ?? 'Too many sign-in attempts.'}
            >
              {secondsLeft > 0 ? (
                <>
                  You can try again in <strong>{clockOf(secondsLeft)}</strong>.
                  {held.scope === 'account'
                    ? ' A browser you have signed in with before is not held back.'
                    : null}
                </>
              ) : (
                'You can try again now.'
              )}
            </Alert>
          ) : login.isError ? (
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
          <Button type="submit" size="md" loading={login.isPending} disabled={secondsLeft > 0} fullWidth>
            {secondsLeft > 0 ? `Wait ${clockOf(secondsLeft)}` : 'Sign in'}
          </Button>
        </Stack>
      </form>
    </AuthLayout>
  );
}

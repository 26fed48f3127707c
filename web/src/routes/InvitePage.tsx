import {
  Alert,
  Anchor,
  Badge,
  Button,
  Center,
  Group,
  Loader,
  PasswordInput,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertTriangle } from '@tabler/icons-react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { AuthLayout } from '../features/auth/AuthLayout.tsx';
import { NewPasswordField, validatePassword } from '../features/auth/PasswordField.tsx';
import { ApiError, errorMessage, fieldErrors } from '../lib/api.ts';
import { ROLE_DESCRIPTION, ROLE_LABEL } from '../lib/permissions.ts';
import { type InvitationLookup, useAcceptInvitation, useInvitationLookup } from '../lib/queries/session.ts';

export function InvitePage() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const lookup = useInvitationLookup(token);
  const back = (
    <Anchor component={Link} to="/login" size="sm">
      Go to sign in
    </Anchor>
  );

  if (token.length >= 10 && lookup.isPending) {
    return (
      <Center h="100dvh" aria-busy="true">
        <Loader />
      </Center>
    );
  }
  if (token.length < 10 || lookup.isError || !lookup.data) {
    const gone = token.length < 10 || (lookup.error instanceof ApiError && lookup.error.status === 404);
    return (
      <AuthLayout title="Invitation" footer={back}>
        <Alert
          color="red"
          icon={<IconAlertTriangle size={18} />}
          role="alert"
          title="This invitation cannot be used"
        >
          {gone
            ? 'It has expired, was revoked, or was already accepted. Ask your workspace admin to invite you again.'
            : errorMessage(lookup.error)}
        </Alert>
      </AuthLayout>
    );
  }
  return <AcceptForm token={token} invitation={lookup.data} />;
}

function AcceptForm({ token, invitation }: { token: string; invitation: InvitationLookup }) {
  const accept = useAcceptInvitation();
  const navigate = useNavigate();
  const form = useForm({
    initialValues: { name: '', password: '' },
    validate: {
      name: (v) => (invitation.hasAccount || v.trim() ? null : 'Enter your name'),
      password: invitation.hasAccount ? (v) => (v ? null : 'Enter your password') : validatePassword,
    },
  });
  const submit = form.onSubmit(({ name, password }) =>
    accept.mutate(
      // Someone with an account keeps their name and only proves their password.
      invitation.hasAccount ? { token, password } : { token, name: name.trim(), password },
      {
        onSuccess: () => navigate('/accounts', { replace: true }),
        onError: (e) => form.setErrors(fieldErrors(e)),
      },
    ),
  );

  return (
    <AuthLayout
      title={`Join ${invitation.workspaceName}`}
      subtitle={
        <>
          You were invited as{' '}
          <Text span fw={600} c="var(--mantine-color-text)">
            {invitation.email}
          </Text>
          .
        </>
      }
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Group gap="xs" wrap="nowrap" align="flex-start">
            <Badge variant="light" size="lg" style={{ flexShrink: 0 }}>
              {ROLE_LABEL[invitation.role]}
            </Badge>
            <Text size="sm" c="dimmed">
              {ROLE_DESCRIPTION[invitation.role]}
            </Text>
          </Group>
          {accept.isError && Object.keys(fieldErrors(accept.error)).length === 0 ? (
            <Alert color="red" icon={<IconAlertTriangle size={18} />} role="alert">
              {errorMessage(accept.error)}
            </Alert>
          ) : null}
          {invitation.hasAccount ? (
            <>
              <Text size="sm">
                You already have a Trust Circle account. Enter its password to add this workspace to it.
              </Text>
              <PasswordInput
                label="Password"
                autoComplete="current-password"
                required
                autoFocus
                {...form.getInputProps('password')}
              />
            </>
          ) : (
            <>
              <TextInput
                label="Your name"
                autoComplete="name"
                required
                autoFocus
                {...form.getInputProps('name')}
              />
              <NewPasswordField {...form.getInputProps('password')} />
            </>
          )}
          <Button type="submit" loading={accept.isPending} fullWidth size="md">
            Accept invitation
          </Button>
        </Stack>
      </form>
    </AuthLayout>
  );
}

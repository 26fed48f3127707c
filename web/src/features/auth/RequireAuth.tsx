import { Center, Loader, Stack } from '@mantine/core';
import { Navigate, Outlet, useLocation } from 'react-router';
import { LoadError } from '../../components/States.tsx';
import { useMe, useSetupStatus } from '../../lib/queries/session.ts';

export function FullPageLoader() {
  return (
    <Center h="100dvh" aria-busy="true" aria-label="Loading">
      <Loader />
    </Center>
  );
}

/**
 * The gate in front of the signed-in app. Nobody signed in: a fresh installation goes to
 * setup, anything else to the login page (which comes back here afterwards).
 */
export function RequireAuth() {
  const me = useMe();
  const location = useLocation();
  const signedOut = me.isSuccess && me.data === null;
  const setup = useSetupStatus(signedOut);

  if (me.isPending) return <FullPageLoader />;
  if (me.isError) return <PageError error={me.error} onRetry={() => void me.refetch()} />;
  if (me.data) return <Outlet />;
  if (setup.isPending) return <FullPageLoader />;
  if (setup.data?.needed) return <Navigate to="/setup" replace />;
  const next = `${location.pathname}${location.search}`;
  const to = next === '/' || next === '/accounts' ? '/login' : `/login?next=${encodeURIComponent(next)}`;
  return <Navigate to={to} replace />;
}

/** Pages for people who are not signed in: someone signed in goes straight to the app. */
export function RedirectIfSignedIn() {
  const me = useMe();
  if (me.isPending) return <FullPageLoader />;
  if (me.data) return <Navigate to="/accounts" replace />;
  return <Outlet />;
}

function PageError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  return (
    <Center h="100dvh" p="md">
      <Stack maw={440} w="100%">
        <LoadError error={error} onRetry={onRetry} title="Trust Circle could not start" />
      </Stack>
    </Center>
  );
}

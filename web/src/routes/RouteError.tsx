import { Button, Center, Stack } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { useRouteError } from 'react-router';
import { LoadError } from '../components/States.tsx';

/** A crash while rendering a page: say so, and offer a reload instead of a blank screen. */
export function RouteError() {
  const error = useRouteError();
  return (
    <Center mih="60vh" p="md">
      <Stack maw={480} w="100%">
        <LoadError error={error} title="This page ran into a problem" />
        <Button
          variant="default"
          leftSection={<IconRefresh size={16} />}
          onClick={() => window.location.reload()}
        >
          Reload the page
        </Button>
      </Stack>
    </Center>
  );
}

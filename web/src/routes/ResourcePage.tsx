import { Button, Stack } from '@mantine/core';
import { IconLifebuoy } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import { BlockSkeleton, Empty, LoadError } from '../components/States.tsx';
import { ResourceHeader } from '../features/resources/ResourceHeader.tsx';
import { ResourceLinks } from '../features/resources/ResourceLinks.tsx';
import { ResourceStats } from '../features/resources/ResourceStats.tsx';
import { ResourceUses } from '../features/resources/ResourceUses.tsx';
import { ApiError } from '../lib/api.ts';
import { can } from '../lib/permissions.ts';
import { useResource } from '../lib/queries/resources.ts';
import { useSession } from '../lib/queries/session.ts';

export function ResourcePage() {
  const { id = '' } = useParams();
  const me = useSession();
  const resource = useResource(id);

  if (resource.isPending) {
    return (
      <Stack gap="xl" aria-busy="true">
        <BlockSkeleton lines={3} />
        <BlockSkeleton lines={6} />
      </Stack>
    );
  }
  if (resource.isError) {
    if (
      resource.error instanceof ApiError &&
      (resource.error.status === 404 || resource.error.status === 400)
    ) {
      return (
        <Empty
          icon={<IconLifebuoy size={28} />}
          title="Resource not found"
          description="The link may be wrong, or the resource belongs to another workspace."
          action={
            <Button component={Link} to="/resources" variant="default">
              Back to resources
            </Button>
          }
        />
      );
    }
    return (
      <LoadError
        error={resource.error}
        onRetry={() => void resource.refetch()}
        title="Could not load the resource"
      />
    );
  }

  const r = resource.data;
  const tz = me.workspace.timezone;
  return (
    <>
      <ResourceHeader resource={r} />
      <Stack gap="lg">
        <ResourceStats resource={r} timezone={tz} />
        <ResourceLinks resource={r} />
        <ResourceUses resource={r} canWrite={can(me.role, 'resources:write')} timezone={tz} />
      </Stack>
    </>
  );
}

import { Stack } from '@mantine/core';
import { IconLifebuoy } from '@tabler/icons-react';
import { useParams } from 'react-router';
import { RecordState } from '../components/RecordState.tsx';
import { ResourceHeader } from '../features/resources/ResourceHeader.tsx';
import { ResourceLinks } from '../features/resources/ResourceLinks.tsx';
import { ResourceStats } from '../features/resources/ResourceStats.tsx';
import { ResourceUses } from '../features/resources/ResourceUses.tsx';
import { can } from '../lib/permissions.ts';
import { useResource } from '../lib/queries/resources.ts';
import { useSession } from '../lib/queries/session.ts';

export function ResourcePage() {
  const { id = '' } = useParams();
  const me = useSession();
  const resource = useResource(id);

  if (resource.isPending || resource.isError) {
    return (
      <RecordState
        query={resource}
        icon={<IconLifebuoy size={28} />}
        noun="resource"
        notFound="The link may be wrong, or the resource belongs to another workspace."
        back={{ to: '/resources', label: 'Back to resources' }}
        lines={6}
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

import { Alert, Anchor, Divider, Stack, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { Link } from 'react-router';
import { can } from '../../lib/permissions.ts';
import { useSession } from '../../lib/queries/session.ts';
import { FeaturesSettings } from './FeaturesSettings.tsx';
import { SourcesSettings } from './SourcesSettings.tsx';

/** Where product usage comes from (sources, admins) and what it means (features). */
export function ProductDataSettings() {
  const me = useSession();
  return (
    <Stack gap="xl">
      {can(me.role, 'sources:manage') ? (
        <SourcesSettings />
      ) : (
        <Alert
          variant="light"
          color="gray"
          icon={<IconInfoCircle size={18} />}
          title="Where usage comes from"
        >
          <Text size="sm">
            Your product sends usage events to Trust Circle with a Segment SDK; an admin creates the sources
            and their write keys here. Events that could not be stored are kept with the reason under{' '}
            <Anchor component={Link} to="/ingestion/warnings" size="sm">
              ingestion warnings
            </Anchor>
            .
          </Text>
        </Alert>
      )}
      <Divider />
      <FeaturesSettings />
    </Stack>
  );
}

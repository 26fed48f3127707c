import { Alert, Anchor, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { Link } from 'react-router';
import { can } from '../../lib/permissions.ts';
import { useSession } from '../../lib/queries/session.ts';
import { SourcesSettings } from './SourcesSettings.tsx';
import { settingsPath } from './sections.ts';

/** Where product usage comes from: the sources for admins, what they are for everyone else. */
export function SourcesSection() {
  const me = useSession();
  if (can(me.role, 'sources:manage')) return <SourcesSettings />;
  return (
    <Alert variant="light" color="gray" icon={<IconInfoCircle size={18} />} title="Where usage comes from">
      <Text size="sm">
        Your product sends usage events to Trust Circle with a Segment SDK; an admin creates the sources and
        their write keys here. Events that could not be stored are kept with the reason under{' '}
        <Anchor component={Link} to="/ingestion/warnings" size="sm">
          ingestion warnings
        </Anchor>
        . What the events mean for adoption is under{' '}
        <Anchor component={Link} to={settingsPath('features')} size="sm">
          Features
        </Anchor>
        .
      </Text>
    </Alert>
  );
}

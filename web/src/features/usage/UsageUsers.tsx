import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { DataTable } from 'mantine-datatable';
import { Link } from 'react-router';
import { daysAgo, personLabel, type UsageUser } from './meta.ts';

function Person({ user }: { user: UsageUser }) {
  const label = personLabel(user);
  const anonymous = !user.name && !user.email && user.userKey.startsWith('a:');
  const secondary = anonymous
    ? user.userKey.slice(2)
    : user.email && user.email !== label
      ? user.email
      : null;
  return (
    <Stack gap={0} style={{ minWidth: 0 }}>
      {user.contactId ? (
        <Anchor
          component={Link}
          to={`/contacts/${user.contactId}`}
          size="sm"
          fw={600}
          truncate="end"
          title={label}
        >
          {label}
        </Anchor>
      ) : (
        <Text size="sm" fw={600} truncate="end" title={label}>
          {label}
        </Text>
      )}
      {secondary ? (
        <Text size="xs" c="dimmed" truncate="end" title={secondary}>
          {secondary}
        </Text>
      ) : null}
    </Stack>
  );
}

type Props = { title: string; description: string; users: UsageUser[]; empty: string };

/** A short list of people with their events and active days in the period. */
export function UsageUsers({ title, description, users, empty }: Props) {
  return (
    <Paper withBorder p="md" h="100%">
      <Title order={3} fz="md">
        {title}
      </Title>
      <Text size="xs" c="dimmed" mb="sm">
        {description}
      </Text>
      {users.length === 0 ? (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      ) : (
        // The table fills its parent's height; this box gives it the height of its rows.
        <div>
          <DataTable<UsageUser>
            verticalSpacing="xs"
            horizontalSpacing="xs"
            records={users}
            idAccessor="userKey"
            columns={[
              {
                accessor: 'person',
                title: 'Person',
                // The person takes the room the figures leave and cuts a long email short, so
                // the figures never scroll out of sight beside it.
                cellsStyle: () => ({ width: '100%', maxWidth: 0 }),
                render: (u) => <Person user={u} />,
              },
              {
                accessor: 'events',
                title: 'Events',
                textAlign: 'right',
                noWrap: true,
                render: (u) => (
                  <Text size="sm" style={{ fontVariantNumeric: 'tabular-nums' }}>
                    {u.events.toLocaleString()}
                  </Text>
                ),
              },
              {
                accessor: 'activeDays',
                title: 'Active days',
                textAlign: 'right',
                noWrap: true,
                visibleMediaQuery: (t) => `(min-width: ${t.breakpoints.xs})`,
              },
              {
                accessor: 'lastSeenAt',
                title: 'Last seen',
                noWrap: true,
                render: (u) => (
                  <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                    {daysAgo(u.lastSeenAt)}
                  </Text>
                ),
              },
            ]}
          />
        </div>
      )}
    </Paper>
  );
}

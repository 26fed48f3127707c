import { Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { Account } from '@trustcircle/contracts';
import { formatDate, formatDateTime } from '../../../lib/format.ts';
import { can } from '../../../lib/permissions.ts';
import { useSession } from '../../../lib/queries/session.ts';
import { Fact } from './Fact.tsx';

const show = (value: string | number | boolean | null) => (value === null ? '—' : String(value));

/** The rest of the account's record: contract, tags, custom fields, where it came from. */
export function DetailsCard({ account: a }: { account: Account }) {
  const me = useSession();
  const tz = me.workspace.timezone;
  const custom = Object.entries(a.customFields);
  return (
    <Paper withBorder p="md" component="section" aria-label="Details" data-testid="summary-details">
      <Stack gap="sm">
        <Title order={2} fz="md">
          Details
        </Title>
        <SimpleGrid cols={{ base: 2, sm: 3, md: 4 }} spacing="lg" verticalSpacing="sm">
          <Fact label="Contract start">
            <Text size="sm" c={a.contractStart ? undefined : 'dimmed'}>
              {a.contractStart ? formatDate(a.contractStart) : 'Not set'}
            </Text>
          </Fact>
          {custom.map(([key, value]) => (
            <Fact key={key} label={key}>
              <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                {show(value)}
              </Text>
            </Fact>
          ))}
        </SimpleGrid>
        <Group gap={6}>
          {a.tags.length ? (
            a.tags.map((t) => (
              <Badge key={t} variant="outline" color="gray" size="sm">
                {t}
              </Badge>
            ))
          ) : (
            <Text size="sm" c="dimmed">
              No tags
            </Text>
          )}
        </Group>
        <Text size="xs" c="dimmed">
          Created {formatDateTime(a.createdAt, tz)} · updated {formatDateTime(a.updatedAt, tz)}
          {a.externalId ? ` · external id ${a.externalId}` : ''}
          {can(me.role, 'data:write') ? '' : ' · you have read-only access'}
        </Text>
      </Stack>
    </Paper>
  );
}

import { Anchor, Badge, Code, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import type { AccountUsage } from '@trustcircle/contracts';
import { Link } from 'react-router';
import { formatDate } from '../../lib/format.ts';
import { settingsPath } from '../settings/sections.ts';
import { daysAgo } from './meta.ts';

type Props = { features: AccountUsage['features']; canManage: boolean };

/** Which of the workspace's features this account uses, over all its history. */
export function FeatureAdoption({ features, canManage }: Props) {
  const adopted = features.filter((f) => f.adopted).length;
  return (
    <Paper withBorder p="md" h="100%">
      <Group justify="space-between" align="baseline" mb="md">
        <Title order={3} fz="md">
          Feature adoption
        </Title>
        {features.length > 0 ? (
          <Text size="sm" c="dimmed">
            {adopted} of {features.length} adopted
          </Text>
        ) : null}
      </Group>
      {features.length === 0 ? (
        <Text size="sm" c="dimmed">
          No features are listed yet.{' '}
          {canManage ? (
            <Anchor component={Link} to={settingsPath('features')} size="sm">
              Name the features that matter
            </Anchor>
          ) : (
            'A manager or admin can name the features that matter'
          )}{' '}
          to see which ones this account uses.
        </Text>
      ) : (
        <Stack gap="md" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {features.map((f) => (
            <Stack key={f.id} component="li" gap={4}>
              <Group justify="space-between" wrap="nowrap" gap="sm">
                <Text size="sm" fw={600} style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
                  {f.name}
                </Text>
                {f.adopted ? (
                  <Badge
                    color="teal"
                    variant="light"
                    leftSection={<IconCheck size={12} />}
                    style={{ flexShrink: 0 }}
                  >
                    Adopted
                  </Badge>
                ) : (
                  <Badge color="gray" variant="outline" style={{ flexShrink: 0 }}>
                    Not yet
                  </Badge>
                )}
              </Group>
              <Group justify="space-between" gap="xs" wrap="wrap">
                <Code fz="xs" style={{ wordBreak: 'break-all' }}>
                  {f.event}
                </Code>
                {f.adopted ? (
                  <Text size="xs" c="dimmed">
                    first used {formatDate(f.firstUsed)} · last {daysAgo(f.lastUsed).toLowerCase()} ·{' '}
                    {f.count.toLocaleString()} {f.count === 1 ? 'use' : 'uses'}
                  </Text>
                ) : null}
              </Group>
            </Stack>
          ))}
        </Stack>
      )}
    </Paper>
  );
}

import { Badge, Divider, Group, Paper, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import type { Account } from '@trustcircle/contracts';
import type { ReactNode } from 'react';
import { formatDate, formatDateTime, formatMoney } from '../../lib/format.ts';
import { useSession } from '../../lib/queries/session.ts';
import { TIER_LABEL } from './meta.ts';
import { StageBadge } from './StageBadge.tsx';

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" fw={500}>
        {label}
      </Text>
      {children}
    </Stack>
  );
}

const unset = (
  <Text size="sm" c="dimmed">
    Not set
  </Text>
);

/** The account's details for people who may read but not change them (viewers). */
export function AccountDetailsView({ account: a }: { account: Account }) {
  const me = useSession();
  const currency = me.workspace.currency;
  const custom = Object.entries(a.customFields);
  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }}>
      <Stack gap="lg">
        <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="lg" verticalSpacing="lg">
          <Item label="Name">
            <Text size="sm">{a.name}</Text>
          </Item>
          <Item label="Domain">{a.domain ? <Text size="sm">{a.domain}</Text> : unset}</Item>
          <Item label="Owner">{a.owner ? <Text size="sm">{a.owner.name}</Text> : unset}</Item>
          <Item label="Stage">
            <div>
              <StageBadge stage={a.stage} />
            </div>
          </Item>
          <Item label="Tier">{a.tier ? <Text size="sm">{TIER_LABEL[a.tier]}</Text> : unset}</Item>
          <Item label="ARR">
            <Text size="sm">
              {formatMoney(a.arr, currency)}{' '}
              <Text span size="xs" c="dimmed">
                (MRR {formatMoney(a.mrr, currency)})
              </Text>
            </Text>
          </Item>
          <Item label="Contract start">
            {a.contractStart ? <Text size="sm">{formatDate(a.contractStart)}</Text> : unset}
          </Item>
          <Item label="Renewal date">
            {a.renewalDate ? <Text size="sm">{formatDate(a.renewalDate)}</Text> : unset}
          </Item>
          <Item label="Tags">
            {a.tags.length ? (
              <Group gap={6}>
                {a.tags.map((t) => (
                  <Badge key={t} variant="outline" color="gray" size="sm">
                    {t}
                  </Badge>
                ))}
              </Group>
            ) : (
              <Text size="sm" c="dimmed">
                No tags
              </Text>
            )}
          </Item>
        </SimpleGrid>
        <Divider />
        <Item label="Custom fields">
          {custom.length ? (
            <Table withTableBorder withColumnBorders={false} maw={640}>
              <Table.Tbody>
                {custom.map(([key, value]) => (
                  <Table.Tr key={key}>
                    <Table.Th w="40%" fw={500} c="dimmed">
                      {key}
                    </Table.Th>
                    <Table.Td>{value === null ? '—' : String(value)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          ) : (
            <Text size="sm" c="dimmed">
              No custom fields
            </Text>
          )}
        </Item>
        <Text size="xs" c="dimmed">
          Created {formatDateTime(a.createdAt, me.workspace.timezone)} · updated{' '}
          {formatDateTime(a.updatedAt, me.workspace.timezone)} · you have read-only access
        </Text>
      </Stack>
    </Paper>
  );
}

import { Anchor, Group, Loader, ScrollArea, Table, Text } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import type { LifecycleRulePreview } from '@trustcircle/contracts';
import { Link } from 'react-router';
import { LoadError } from '../../components/States.tsx';
import { formatDate } from '../../lib/format.ts';
import { PhaseBadge } from './PhaseBadge.tsx';

/** The accounts a rule would move now, and why; shown before saving and for each saved rule. */
export function RulePreviewTable({
  preview,
  loading,
  error,
  onRetry,
}: {
  preview: LifecycleRulePreview | undefined;
  loading: boolean;
  error: unknown;
  onRetry?: () => void;
}) {
  if (loading) {
    return (
      <Group gap="xs" py="xs">
        <Loader size="xs" />
        <Text size="sm" c="dimmed">
          Looking for accounts this rule would move…
        </Text>
      </Group>
    );
  }
  if (error) return <LoadError error={error} onRetry={onRetry} title="Could not preview this rule" />;
  if (!preview) return null;
  const { total, moves } = preview;
  return (
    <div>
      <Text size="sm" fw={600} role="status">
        {total === 0
          ? 'No account would move now.'
          : `${total} ${total === 1 ? 'account' : 'accounts'} would move now.`}{' '}
        <Text span size="xs" c="dimmed" fw={400}>
          Today is {formatDate(preview.today)} ({preview.timeZone}).
        </Text>
      </Text>
      {total > 0 ? (
        <ScrollArea.Autosize mah={320} mt="xs" type="auto">
          <Table
            striped
            highlightOnHover
            verticalSpacing={6}
            fz="sm"
            aria-label={`Preview: ${preview.rule.name}`}
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Account</Table.Th>
                <Table.Th>Move</Table.Th>
                <Table.Th>Why</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {moves.map((m) => (
                <Table.Tr key={m.accountId}>
                  <Table.Td>
                    <Anchor component={Link} to={`/accounts/${m.accountId}`} size="sm">
                      {m.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <Group gap={4} wrap="nowrap">
                      {m.from.phase ? (
                        <PhaseBadge
                          phase={m.from.phase}
                          size="sm"
                          style={{ flexShrink: 0, overflow: 'visible' }}
                        />
                      ) : null}
                      <IconArrowRight size={14} aria-label="to" style={{ flexShrink: 0 }} />
                      {m.to.phase ? (
                        <PhaseBadge
                          phase={m.to.phase}
                          size="sm"
                          style={{ flexShrink: 0, overflow: 'visible' }}
                        />
                      ) : null}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" c="dimmed">
                      {m.why}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea.Autosize>
      ) : null}
      {total > moves.length ? (
        <Text size="xs" c="dimmed" mt={4}>
          Showing the first {moves.length}, by name.
        </Text>
      ) : null}
    </div>
  );
}

import { Group, Text } from '@mantine/core';
import { IconAlertTriangleFilled } from '@tabler/icons-react';
import type { Account } from '@trustcircle/contracts';
import { formatDate } from '../../lib/format.ts';
import { RENEWAL_TONE_COLOR, renewalWords } from './renewal.ts';

/**
 * The renewal day and how far away it is, from the server's renewal state (counted in the
 * workspace's day; overdue until a renewal is recorded). An overdue renewal says so in words
 * and with an icon, not by colour alone. Every renewal on the account page goes through here.
 */
export function RenewalText({ account }: { account: Pick<Account, 'renewalDate' | 'renewal'> }) {
  if (!account.renewalDate) {
    return (
      <Text size="sm" c="dimmed">
        Not set
      </Text>
    );
  }
  const words = renewalWords(account.renewal);
  const overdue = words?.tone === 'overdue';
  return (
    <Group gap={4} wrap="wrap" data-testid="renewal" data-status={account.renewal.status}>
      <Text size="sm" fw={500} style={{ whiteSpace: 'nowrap' }}>
        {formatDate(account.renewalDate)}
      </Text>
      {words ? (
        <Group gap={3} wrap="nowrap">
          {overdue ? (
            <IconAlertTriangleFilled size={14} color="var(--mantine-color-red-7)" aria-hidden />
          ) : null}
          <Text
            size="sm"
            c={RENEWAL_TONE_COLOR[words.tone]}
            fw={overdue ? 600 : 400}
            style={{ whiteSpace: 'nowrap' }}
          >
            {overdue ? `Renewal ${words.label}` : words.label}
          </Text>
        </Group>
      ) : null}
    </Group>
  );
}

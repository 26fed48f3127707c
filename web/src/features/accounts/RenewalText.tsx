import { Group, Text } from '@mantine/core';
import { IconAlertTriangleFilled } from '@tabler/icons-react';
import type { Account } from '@trustcircle/contracts';
import { formatDate } from '../../lib/format.ts';
import { useSession } from '../../lib/queries/session.ts';
import { type RenewalState, renewalCountdown } from './renewal.ts';
import { todayIn } from './summary/days.ts';

const COLOR: Record<RenewalState, string | undefined> = {
  overdue: 'red.8',
  past: 'dimmed',
  due: 'orange.8',
  soon: 'orange.8',
  near: 'yellow.9',
  later: 'dimmed',
};

/**
 * The renewal day and how far away it is, counted in the workspace's time zone; an overdue
 * renewal says so in words and with an icon, not by colour alone. Every renewal on the account
 * page goes through here, so the day the server decides what a passed renewal means, this is
 * the one component to switch to its field.
 */
export function RenewalText({ account }: { account: Pick<Account, 'renewalDate' | 'stage'> }) {
  const me = useSession();
  const countdown = renewalCountdown(account.renewalDate, account.stage, todayIn(me.workspace.timezone));
  if (!countdown) {
    return (
      <Text size="sm" c="dimmed">
        Not set
      </Text>
    );
  }
  const overdue = countdown.state === 'overdue';
  return (
    <Group gap={4} wrap="wrap" data-testid="renewal" data-state={countdown.state}>
      <Text size="sm" fw={500} style={{ whiteSpace: 'nowrap' }}>
        {formatDate(account.renewalDate)}
      </Text>
      <Group gap={3} wrap="nowrap">
        {overdue ? (
          <IconAlertTriangleFilled size={14} color="var(--mantine-color-red-7)" aria-hidden />
        ) : null}
        <Text size="sm" c={COLOR[countdown.state]} fw={overdue ? 600 : 400} style={{ whiteSpace: 'nowrap' }}>
          {overdue ? `Renewal ${countdown.label}` : countdown.label}
        </Text>
      </Group>
    </Group>
  );
}

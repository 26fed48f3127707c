import { Button, Group } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconRotateClockwise2 } from '@tabler/icons-react';
import { type Account, renews } from '@trustcircle/contracts';
import { can } from '../../../lib/permissions.ts';
import { useSession } from '../../../lib/queries/session.ts';
import { RecordRenewalModal } from '../../renewals/RecordRenewalModal.tsx';
import { RenewalHistory } from '../../renewals/RenewalHistory.tsx';
import { RenewalText } from '../RenewalText.tsx';
import { SummaryCard } from './SummaryCard.tsx';

/**
 * The renewal: when it is, whether it is overdue, the way to record it once it is signed, and
 * the renewals before it. Only paying accounts (customers and advocates) renew.
 */
export function RenewalSummary({ account }: { account: Account }) {
  const me = useSession();
  const [recording, record] = useDisclosure(false);
  if (!renews(account.stage)) return null;
  const canRecord = can(me.role, 'data:write');
  const pressing = account.renewal.status === 'overdue' || account.renewal.status === 'due';
  return (
    <SummaryCard title="Renewal" testId="summary-renewal">
      <Group justify="space-between" align="center" gap="sm">
        <RenewalText account={account} />
        {canRecord ? (
          <Button
            size="xs"
            variant={pressing ? 'filled' : 'light'}
            leftSection={<IconRotateClockwise2 size={14} />}
            onClick={record.open}
          >
            Record renewal
          </Button>
        ) : null}
      </Group>
      <RenewalHistory accountId={account.id} limit={2} />
      {/* Mounted while open, so each opening starts from the account as it is now. */}
      {canRecord && recording ? <RecordRenewalModal account={account} opened onClose={record.close} /> : null}
    </SummaryCard>
  );
}

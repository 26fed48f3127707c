import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { BlockSkeleton, LoadError } from '../../components/States.tsx';
import { formatDate } from '../../lib/format.ts';
import { useAccount } from '../../lib/queries/accounts.ts';
import { useAccountCadence, useCheckins, useNeeds } from '../../lib/queries/checkins.ts';
import { useSession } from '../../lib/queries/session.ts';
import { AccountCadencePicker } from './AccountCadencePicker.tsx';
import { CheckinItem } from './CheckinItem.tsx';
import { byPriority, isActiveNeed } from './meta.ts';
import { NeedFormModal } from './NeedFormModal.tsx';
import { NeedList } from './NeedList.tsx';
import { NextCheckinCard } from './NextCheckinCard.tsx';

/** An account's check-ins (the next one, the cadence, the past ones) and its needs. */
export function AccountCheckins({ accountId, canWrite }: { accountId: string; canWrite: boolean }) {
  const me = useSession();
  const [addingNeed, setAddingNeed] = useState(false);
  const account = useAccount(accountId);
  const cadence = useAccountCadence(accountId);
  const scheduled = useCheckins({ accountId, status: ['scheduled'], limit: 5 });
  const past = useCheckins({ accountId, status: ['done', 'skipped'], sort: '-scheduledOn', limit: 20 });
  const needs = useNeeds({ accountId, limit: 200 });

  if (scheduled.isError || past.isError || needs.isError) {
    const retry = () => {
      void scheduled.refetch();
      void past.refetch();
      void needs.refetch();
    };
    return <LoadError error={scheduled.error ?? past.error ?? needs.error} onRetry={retry} />;
  }
  if (!scheduled.data || !past.data || !needs.data) return <BlockSkeleton lines={6} />;
  const next = scheduled.data.data[0] ?? null;
  const all = needs.data.data;
  const open = all.filter(isActiveNeed).sort(byPriority);
  const closed = all.filter((n) => !isActiveNeed(n));
  return (
    <Stack gap="lg">
      <NextCheckinCard
        accountId={accountId}
        next={next}
        cadence={cadence.data}
        defaultOwnerId={account.data?.owner?.id ?? me.user.id}
        canWrite={canWrite}
      />
      {cadence.data ? (
        <Group justify="space-between" align="flex-end">
          <AccountCadencePicker cadence={cadence.data} canWrite={canWrite} />
          {cadence.data.lastHeldOn ? (
            <Text size="sm" c="dimmed">
              Last held {formatDate(cadence.data.lastHeldOn)}
            </Text>
          ) : null}
        </Group>
      ) : null}

      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={4}>Their needs ({open.length} open)</Title>
          {canWrite ? (
            <Button size="xs" leftSection={<IconPlus size={14} />} onClick={() => setAddingNeed(true)}>
              Record a need
            </Button>
          ) : null}
        </Group>
        {open.length ? (
          <NeedList needs={open} canWrite={canWrite} />
        ) : (
          <Text size="sm" c="dimmed">
            No open needs. Record what the customer needs or wants to achieve; each check-in reassesses them.
          </Text>
        )}
        {closed.length ? (
          <>
            <Text size="sm" fw={600} mt="sm">
              Met or dropped ({closed.length})
            </Text>
            <NeedList needs={closed} canWrite={canWrite} />
          </>
        ) : null}
      </Stack>

      <Stack gap="xs">
        <Title order={4}>Past check-ins</Title>
        {past.data.data.length ? (
          past.data.data.map((c) => <CheckinItem key={c.id} checkin={c} />)
        ) : (
          <Text size="sm" c="dimmed">
            None yet.
          </Text>
        )}
      </Stack>
      <NeedFormModal accountId={accountId} opened={addingNeed} onClose={() => setAddingNeed(false)} />
    </Stack>
  );
}

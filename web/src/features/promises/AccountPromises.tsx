import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconChecklist, IconPlus, IconTransfer } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import { BlockSkeleton, Empty, LoadError } from '../../components/States.tsx';
import { formatDate } from '../../lib/format.ts';
import { useAccount } from '../../lib/queries/accounts.ts';
import { usePromiseStats, usePromises } from '../../lib/queries/promises.ts';
import { KeepingSummary } from './KeepingSummary.tsx';
import { PromiseFormModal } from './PromiseFormModal.tsx';
import { PromiseList } from './PromiseList.tsx';

/** The account's promise ledger: what is still owed first, then what was kept or broken. */
export function AccountPromises({ accountId, canWrite }: { accountId: string; canWrite: boolean }) {
  const [adding, setAdding] = useState(false);
  const account = useAccount(accountId);
  const active = usePromises({ accountId, active: true, limit: 200 });
  const closed = usePromises({ accountId, status: ['kept', 'late', 'broken'], limit: 200 });
  // An account's record counts from its first promise, however long ago that was due.
  const first = [...(active.data?.data ?? []), ...(closed.data?.data ?? [])].reduce<string | null>(
    (min, p) => (min === null || p.dueOn < min ? p.dueOn : min),
    null,
  );
  const today = dayjs().format('YYYY-MM-DD');
  const stats = usePromiseStats({ accountId, ...(first && first < today ? { from: first } : {}) });
  const handOff =
    canWrite && account.data && ['stranger', 'prospect', 'churned'].includes(account.data.stage) ? (
      <Button
        component={Link}
        to={`/accounts/${accountId}/handoff`}
        variant="light"
        leftSection={<IconTransfer size={16} />}
      >
        Hand over from sales
      </Button>
    ) : null;
  const add = canWrite ? (
    <Button leftSection={<IconPlus size={16} />} onClick={() => setAdding(true)}>
      Record a promise
    </Button>
  ) : null;

  if (active.isPending || closed.isPending) return <BlockSkeleton lines={5} />;
  if (active.isError || closed.isError)
    return <LoadError error={active.error ?? closed.error} onRetry={() => void active.refetch()} />;
  const open = active.data.data;
  const done = [...closed.data.data].sort((a, b) => (b.resolvedOn ?? '').localeCompare(a.resolvedOn ?? ''));
  return (
    <Stack gap="lg">
      {open.length + done.length === 0 ? (
        <Empty
          icon={<IconChecklist size={28} />}
          title="No promises recorded"
          description="Record what was promised to this customer, by whom and by when, to see whether it is kept."
          action={
            <Group>
              {handOff}
              {add}
            </Group>
          }
        />
      ) : (
        <>
          <Group justify="space-between">
            <Text size="sm" c="dimmed">
              {first && first < today ? `Promise-keeping since ${formatDate(first)}` : 'Promise-keeping'}
            </Text>
            <Group>
              {handOff}
              {add}
            </Group>
          </Group>
          {stats.data ? <KeepingSummary stats={stats.data} /> : null}
          <Stack gap="xs">
            <Title order={4}>Still owed ({open.length})</Title>
            {open.length ? (
              <PromiseList promises={open} canWrite={canWrite} />
            ) : (
              <Text size="sm" c="dimmed">
                Nothing owed right now.
              </Text>
            )}
          </Stack>
          {done.length ? (
            <Stack gap="xs">
              <Title order={4}>Kept, late or broken ({done.length})</Title>
              <PromiseList promises={done} canWrite={canWrite} />
            </Stack>
          ) : null}
        </>
      )}
      <PromiseFormModal accountId={accountId} opened={adding} onClose={() => setAdding(false)} />
    </Stack>
  );
}

import { Button, Paper } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconBuildingStore, IconPlus, IconSearchOff } from '@tabler/icons-react';
import { CursorPager } from '../components/CursorPager.tsx';
import { PageHeader } from '../components/PageHeader.tsx';
import { Empty, LoadError, TableSkeleton } from '../components/States.tsx';
import { AccountFilters } from '../features/accounts/AccountFilters.tsx';
import { AccountsTable } from '../features/accounts/AccountsTable.tsx';
import { CreateAccountModal } from '../features/accounts/CreateAccountModal.tsx';
import { useAccountFilters } from '../features/accounts/useAccountFilters.ts';
import { can } from '../lib/permissions.ts';
import { useAccounts } from '../lib/queries/accounts.ts';
import { useSession } from '../lib/queries/session.ts';
import { useCursorStack } from '../lib/useCursorStack.ts';

const PAGE_SIZE = 25;

export function AccountsPage() {
  const me = useSession();
  const canWrite = can(me.role, 'data:write');
  const { filters, update, clear, active } = useAccountFilters();
  const pager = useCursorStack(JSON.stringify(filters));
  const accounts = useAccounts(filters, pager.cursor, PAGE_SIZE);
  const [creating, { open, close }] = useDisclosure(false);

  const newButton = canWrite ? (
    <Button leftSection={<IconPlus size={16} />} onClick={open}>
      New account
    </Button>
  ) : null;

  const total = accounts.data?.total;
  const empty = active ? (
    <Empty
      icon={<IconSearchOff size={28} />}
      title="No accounts match these filters"
      description="Try a shorter search, another stage or owner, or clear the filters."
      action={
        <Button variant="default" onClick={clear}>
          Clear filters
        </Button>
      }
    />
  ) : (
    <Empty
      icon={<IconBuildingStore size={28} />}
      title="No accounts yet"
      description={
        canWrite
          ? 'Accounts are the companies you look after. Add your first one here, or import a CSV from your CRM with the trustcircle import command.'
          : 'Accounts are the companies your team looks after. Nobody has added one yet.'
      }
      action={newButton}
    />
  );

  return (
    <>
      <PageHeader
        title="Accounts"
        description={
          total !== undefined
            ? `${total.toLocaleString()} ${total === 1 ? 'account' : 'accounts'}${active ? ' match your filters' : ' in this workspace'}`
            : 'Every company you work with, from stranger to advocate'
        }
        actions={newButton}
      />
      {/* A workspace without accounts needs a first step, not a filter bar over an empty table. */}
      {!active && total === 0 && !pager.hasPrevious ? (
        <Paper withBorder>{empty}</Paper>
      ) : (
        <AccountFilters filters={filters} onChange={update} onClear={clear} active={active} />
      )}
      {!active && total === 0 && !pager.hasPrevious ? null : accounts.isPending ? (
        <TableSkeleton columns={6} />
      ) : accounts.isError && !accounts.data ? (
        <LoadError
          error={accounts.error}
          onRetry={() => void accounts.refetch()}
          title="Could not load accounts"
        />
      ) : (
        <>
          <AccountsTable
            records={accounts.data?.data ?? []}
            currency={me.workspace.currency}
            sort={filters.sort ?? 'name'}
            onSort={(sort) => update({ sort })}
            fetching={accounts.isFetching && accounts.isPlaceholderData}
            empty={empty}
          />
          <CursorPager
            noun={total === 1 ? 'account' : 'accounts'}
            page={pager.page}
            pageSize={PAGE_SIZE}
            shown={accounts.data?.data.length ?? 0}
            total={total}
            hasPrevious={pager.hasPrevious}
            hasNext={Boolean(accounts.data?.nextCursor)}
            onPrevious={pager.previous}
            onNext={() => pager.next(accounts.data?.nextCursor ?? null)}
            busy={accounts.isFetching}
          />
        </>
      )}
      {canWrite ? <CreateAccountModal opened={creating} onClose={close} /> : null}
    </>
  );
}

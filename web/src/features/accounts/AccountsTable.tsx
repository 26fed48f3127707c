import { Anchor, Badge, Group, Stack, Text, Tooltip } from '@mantine/core';
import type { Account, AccountSort } from '@trustcircle/contracts';
import { DataTable, type DataTableSortStatus } from 'mantine-datatable';
import { Link, useNavigate } from 'react-router';
import { formatDate, formatMoney, fromNow } from '../../lib/format.ts';
import { PHASE_META } from '../lifecycle/meta.ts';
import { TIER_LABEL } from './meta.ts';
import { RENEWAL_TONE_COLOR, renewalWords } from './renewal.ts';
import { StageBadge } from './StageBadge.tsx';

type Props = {
  records: Account[];
  currency: string;
  sort: AccountSort;
  onSort: (sort: AccountSort) => void;
  fetching: boolean;
  empty: React.ReactNode;
};

const SORTABLE: Record<string, AccountSort> = {
  name: 'name',
  arr: 'arr',
  renewalDate: 'renewalDate',
  updatedAt: 'updatedAt',
  lastSeen: 'lastSeen',
  activeUsers30d: 'activeUsers30d',
};

function toStatus(sort: AccountSort): DataTableSortStatus<Account> {
  const desc = sort.startsWith('-');
  return { columnAccessor: desc ? sort.slice(1) : sort, direction: desc ? 'desc' : 'asc' };
}

/** The renewal day and the server's word on it (in the workspace's day; overdue until recorded). */
export function RenewalCell({ account }: { account: Pick<Account, 'renewalDate' | 'renewal'> }) {
  if (!account.renewalDate)
    return (
      <Text c="dimmed" size="sm">
        —
      </Text>
    );
  const words = renewalWords(account.renewal);
  return (
    <Stack gap={0}>
      <Text size="sm">{formatDate(account.renewalDate)}</Text>
      {words ? (
        <Text size="xs" c={RENEWAL_TONE_COLOR[words.tone]} fw={words.tone === 'overdue' ? 600 : 400}>
          {words.label}
        </Text>
      ) : null}
    </Stack>
  );
}

/** On a phone the stage and a near renewal sit under the account name. */
function PhoneStage({ account }: { account: Account }) {
  const words = renewalWords(account.renewal);
  return (
    <Group gap={6} mt={4} hiddenFrom="sm" wrap="nowrap">
      <StageBadge stage={account.stage} size="sm" />
      {account.phase ? (
        <Text size="xs" c="dimmed">
          {PHASE_META[account.phase].label}
        </Text>
      ) : null}
      {words && words.tone !== 'later' ? (
        <Text size="xs" c={RENEWAL_TONE_COLOR[words.tone]}>
          {words.tone === 'overdue' ? 'Renewal overdue' : `Renews ${words.label}`}
        </Text>
      ) : null}
    </Group>
  );
}

export function AccountsTable({ records, currency, sort, onSort, fetching, empty }: Props) {
  const navigate = useNavigate();
  return (
    <DataTable<Account>
      withTableBorder
      borderRadius="md"
      highlightOnHover
      verticalSpacing="sm"
      minHeight={records.length ? undefined : 280}
      records={records}
      fetching={fetching}
      idAccessor="id"
      emptyState={records.length === 0 && !fetching ? empty : undefined}
      noRecordsText=""
      sortStatus={toStatus(sort)}
      onSortStatusChange={({ columnAccessor, direction }) => {
        const base = SORTABLE[String(columnAccessor)] ?? 'name';
        onSort(direction === 'desc' ? (`-${base}` as AccountSort) : base);
      }}
      onRowClick={({ record, event }) => {
        // Let the name link (and cmd/ctrl-click) do their own thing.
        if ((event.target as HTMLElement).closest('a')) return;
        navigate(`/accounts/${record.id}`);
      }}
      columns={[
        {
          accessor: 'name',
          title: 'Account',
          sortable: true,
          render: (a) => (
            <Stack gap={0} style={{ minWidth: 0 }}>
              <Anchor
                component={Link}
                to={`/accounts/${a.id}`}
                fw={600}
                size="sm"
                c="var(--mantine-color-text)"
              >
                {a.name}
              </Anchor>
              {a.domain ? (
                <Text size="xs" c="dimmed" truncate="end">
                  {a.domain}
                </Text>
              ) : null}
              <PhoneStage account={a} />
            </Stack>
          ),
        },
        {
          accessor: 'stage',
          title: 'Stage',
          // Wide enough for the longest badge ("ADVOCATE", "CUSTOMER") without an ellipsis; on a
          // phone the badge moves under the name instead (PhoneStage).
          width: 124,
          visibleMediaQuery: (theme) => `(min-width: ${theme.breakpoints.sm})`,
          render: (a) => (
            <Stack gap={2} align="flex-start">
              <StageBadge stage={a.stage} />
              {a.phase ? (
                <Text size="xs" c="dimmed">
                  {PHASE_META[a.phase].label}
                </Text>
              ) : null}
            </Stack>
          ),
        },
        {
          accessor: 'owner',
          title: 'Owner',
          visibleMediaQuery: (theme) => `(min-width: ${theme.breakpoints.md})`,
          render: (a) =>
            a.owner ? (
              <Text size="sm">{a.owner.name}</Text>
            ) : (
              <Text size="sm" c="dimmed">
                No owner
              </Text>
            ),
        },
        {
          accessor: 'tier',
          title: 'Tier',
          visibleMediaQuery: (theme) => `(min-width: ${theme.breakpoints.lg})`,
          render: (a) => (a.tier ? <Text size="sm">{TIER_LABEL[a.tier]}</Text> : <Text c="dimmed">—</Text>),
        },
        {
          accessor: 'arr',
          title: 'ARR',
          sortable: true,
          textAlign: 'right',
          visibleMediaQuery: (theme) => `(min-width: ${theme.breakpoints.sm})`,
          render: (a) => (
            <Text size="sm" c={a.arr ? undefined : 'dimmed'} style={{ fontVariantNumeric: 'tabular-nums' }}>
              {formatMoney(a.arr, currency)}
            </Text>
          ),
        },
        {
          accessor: 'contactsCount',
          title: 'Contacts',
          textAlign: 'right',
          visibleMediaQuery: (theme) => `(min-width: ${theme.breakpoints.lg})`,
        },
        {
          accessor: 'renewalDate',
          title: 'Renewal',
          sortable: true,
          visibleMediaQuery: (theme) => `(min-width: ${theme.breakpoints.sm})`,
          render: (a) => <RenewalCell account={a} />,
        },
        {
          accessor: 'lastSeen',
          title: 'Last seen',
          sortable: true,
          visibleMediaQuery: (theme) => `(min-width: ${theme.breakpoints.md})`,
          render: (a) =>
            a.usage.lastSeenAt ? (
              <Tooltip label={new Date(a.usage.lastSeenAt).toLocaleString()}>
                <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                  {fromNow(a.usage.lastSeenAt)}
                </Text>
              </Tooltip>
            ) : (
              <Text size="sm" c="dimmed">
                Never
              </Text>
            ),
        },
        {
          accessor: 'activeUsers30d',
          // Two short lines instead of one wide title over a column of small numbers.
          title: (
            <Tooltip label="People who used the product in the last 30 days">
              <Stack gap={0} component="span">
                <span>Active users</span>
                <Text span size="xs" c="dimmed" fw={500}>
                  last 30 days
                </Text>
              </Stack>
            </Tooltip>
          ),
          sortable: true,
          textAlign: 'right',
          visibleMediaQuery: (theme) => `(min-width: ${theme.breakpoints.xl})`,
          render: (a) => (
            <Text
              size="sm"
              c={a.usage.activeUsers30d ? undefined : 'dimmed'}
              style={{ fontVariantNumeric: 'tabular-nums' }}
            >
              {a.usage.activeUsers30d.toLocaleString()}
            </Text>
          ),
        },
        {
          accessor: 'updatedAt',
          title: 'Updated',
          sortable: true,
          // "Last seen" says more about an account's pulse; this one (and tags) show on wide screens only.
          visibleMediaQuery: () => '(min-width: 100em)',
          render: (a) => (
            <Tooltip label={new Date(a.updatedAt).toLocaleString()}>
              <Text size="sm" c="dimmed">
                {fromNow(a.updatedAt)}
              </Text>
            </Tooltip>
          ),
        },
        {
          accessor: 'tags',
          title: 'Tags',
          visibleMediaQuery: () => '(min-width: 100em)',
          render: (a) => (
            <Group gap={4}>
              {a.tags.slice(0, 3).map((t) => (
                <Badge key={t} size="xs" variant="outline" color="gray">
                  {t}
                </Badge>
              ))}
              {a.tags.length > 3 ? (
                <Text size="xs" c="dimmed">
                  +{a.tags.length - 3}
                </Text>
              ) : null}
            </Group>
          ),
        },
      ]}
    />
  );
}

import { Button, Code, Grid, Group, Paper, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconChartAreaLine, IconPlugConnected } from '@tabler/icons-react';
import type { Account } from '@trustcircle/contracts';
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { BlockSkeleton, Empty, LoadError } from '../../components/States.tsx';
import { formatDate } from '../../lib/format.ts';
import { can } from '../../lib/permissions.ts';
import { useSession } from '../../lib/queries/session.ts';
import { useAccountUsage } from '../../lib/queries/usage.ts';
import { settingsPath } from '../settings/sections.ts';
import { FeatureAdoption } from './FeatureAdoption.tsx';
import { DEFAULT_RANGE, isRange, RANGES, type RangeDays, rangeOf } from './meta.ts';
import { TopEvents } from './TopEvents.tsx';
import { UsageChart } from './UsageChart.tsx';
import { UsageStats } from './UsageStats.tsx';
import { UsageUsers } from './UsageUsers.tsx';

const RANGE_LABEL: Record<RangeDays, string> = {
  30: '30 days',
  90: '90 days',
  180: '180 days',
  365: '1 year',
};

/** The range lives in the address (`?tab=usage&days=30`) so a reload or a shared link keeps it. */
function useRange() {
  const [params, setParams] = useSearchParams();
  const raw = Number(params.get('days'));
  const days: RangeDays = isRange(raw) ? raw : DEFAULT_RANGE;
  const setDays = (d: string) =>
    setParams(
      (p) => {
        const n = new URLSearchParams(p);
        if (Number(d) === DEFAULT_RANGE) n.delete('days');
        else n.set('days', d);
        return n;
      },
      { replace: true },
    );
  return [days, setDays] as const;
}

/** The group id an account's events carry, when the account came from a `group` call. */
const groupIdOf = (account: Account) =>
  account.externalId?.startsWith('segment:') ? account.externalId.slice('segment:'.length) : null;

function NoUsage({ account, isAdmin }: { account: Account; isAdmin: boolean }) {
  const groupId = groupIdOf(account);
  return (
    <Paper withBorder>
      <Empty
        icon={<IconChartAreaLine size={28} />}
        title="No product usage yet"
        description={
          <Stack gap="xs" component="span">
            <span>
              Usage shows here once your product sends events through Trust Circle's Segment-compatible API: a{' '}
              <Code>group</Code> call names the company, and the <Code>track</Code>, <Code>page</Code> and{' '}
              <Code>screen</Code> calls of its people count as its usage.
            </span>
            <span>
              {groupId ? (
                <>
                  This account's events carry the group id <Code>{groupId}</Code>.
                </>
              ) : (
                <>
                  Events find their account by the <Code>groupId</Code> of a <Code>group</Code> call. This
                  account was added by hand, so no group id points to it yet: a <Code>group</Code> call for
                  this company creates a separate account.
                </>
              )}
            </span>
          </Stack>
        }
        action={
          <Group gap="sm" justify="center">
            <Button
              component={Link}
              to={settingsPath('sources')}
              leftSection={<IconPlugConnected size={16} />}
            >
              {isAdmin ? 'Set up event sources' : 'How events are sent'}
            </Button>
            <Button
              component={Link}
              to="/ingestion/warnings"
              variant="default"
              leftSection={<IconAlertTriangle size={16} />}
            >
              See rejected events
            </Button>
          </Group>
        }
      />
    </Paper>
  );
}

export function AccountUsage({ account }: { account: Account }) {
  const me = useSession();
  const [days, setDays] = useRange();
  const range = useMemo(() => rangeOf(days), [days]);
  const usage = useAccountUsage(account.id, range);

  if (usage.isPending) {
    return (
      <Stack gap="xl" aria-busy="true">
        <BlockSkeleton lines={2} />
        <BlockSkeleton lines={6} />
      </Stack>
    );
  }
  if (usage.isError) {
    return (
      <LoadError error={usage.error} onRetry={() => void usage.refetch()} title="Could not load the usage" />
    );
  }
  const u = usage.data;
  if (u.totalEvents === 0 && !u.lastSeenAt)
    return <NoUsage account={account} isAdmin={can(me.role, 'sources:manage')} />;

  return (
    <Stack gap="md" style={{ opacity: usage.isPlaceholderData ? 0.6 : 1, transition: 'opacity 150ms' }}>
      <Group justify="space-between" align="center" gap="sm" wrap="wrap">
        <Text size="sm" c="dimmed">
          {formatDate(u.from)} – {formatDate(u.to)}
        </Text>
        <SegmentedControl
          aria-label="Period"
          size="xs"
          value={String(days)}
          onChange={setDays}
          data={RANGES.map((r) => ({ value: String(r), label: RANGE_LABEL[r] }))}
        />
      </Group>
      <UsageStats usage={u} days={days} timezone={me.workspace.timezone} />
      {u.totalEvents === 0 ? (
        <Text size="sm" c="dimmed">
          Nobody here used the product in the last {days} days. Pick a longer period to see earlier use.
        </Text>
      ) : null}
      <UsageChart byDay={u.byDay} />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 6 }}>
          <TopEvents byEvent={u.byEvent} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <FeatureAdoption features={u.features} canManage={can(me.role, 'usage:manage')} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <UsageUsers
            title="Most active people"
            description={`Who used the product most in the last ${days} days`}
            users={u.topUsers}
            empty="Nobody in this period."
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <UsageUsers
            title="Least active people"
            description="Who used it least (but at least once): worth a check-in"
            users={u.leastUsers}
            empty={
              u.topUsers.length > 0
                ? 'Everyone active in this period is already in the most active list.'
                : 'Nobody in this period.'
            }
          />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

import { Badge, Group, Stack, Text } from '@mantine/core';
import type { Renewal } from '@trustcircle/contracts';
import { BlockSkeleton, LoadError } from '../../components/States.tsx';
import { formatDate, formatMoney } from '../../lib/format.ts';
import { useRenewals } from '../../lib/queries/renewals.ts';
import { useSession } from '../../lib/queries/session.ts';

/** "4 days late", "12 days early", "on the day": when it was signed against its date. */
export function renewalTiming(daysLate: number | null): { label: string; color: string } | null {
  if (daysLate === null) return null;
  if (daysLate === 0) return { label: 'on the day', color: 'teal' };
  const n = Math.abs(daysLate);
  const days = `${n} ${n === 1 ? 'day' : 'days'}`;
  return daysLate < 0
    ? { label: `${days} early`, color: 'teal' }
    : { label: `${days} late`, color: 'orange' };
}

function RenewalLine({ r, currency }: { r: Renewal; currency: string }) {
  const timing = renewalTiming(r.daysLate);
  const change = r.arrAfter - r.arrBefore;
  return (
    <Stack gap={2}>
      <Group gap="xs" wrap="wrap">
        <Text size="sm" fw={600}>
          Signed {formatDate(r.renewedOn)}
        </Text>
        {timing ? (
          <Badge size="xs" variant="light" color={timing.color}>
            {timing.label}
          </Badge>
        ) : null}
        <Text size="sm" c="dimmed">
          until {formatDate(r.nextRenewalDate)}
        </Text>
      </Group>
      <Text size="xs" c="dimmed">
        ARR {formatMoney(r.arrAfter, currency)}
        {change === 0
          ? ' (unchanged)'
          : ` (${change > 0 ? '+' : '−'}${formatMoney(Math.abs(change), currency)})`}
        {r.recordedBy ? ` · recorded by ${r.recordedBy.name}` : ''}
      </Text>
      {r.note ? <Text size="xs">{r.note}</Text> : null}
    </Stack>
  );
}

/** The account's renewals, the latest first: early or late, and what they did to ARR. */
export function RenewalHistory({ accountId, limit = 3 }: { accountId: string; limit?: number }) {
  const me = useSession();
  const renewals = useRenewals(accountId);
  if (renewals.isPending) return <BlockSkeleton lines={2} />;
  if (renewals.isError) return <LoadError error={renewals.error} onRetry={() => void renewals.refetch()} />;
  const list = renewals.data.data;
  if (list.length === 0)
    return (
      <Text size="sm" c="dimmed">
        No renewal recorded yet.
      </Text>
    );
  return (
    <Stack gap="sm">
      {list.slice(0, limit).map((r) => (
        <RenewalLine key={r.id} r={r} currency={me.workspace.currency} />
      ))}
      {list.length > limit ? (
        <Text size="xs" c="dimmed">
          {list.length - limit} earlier {list.length - limit === 1 ? 'renewal' : 'renewals'}
        </Text>
      ) : null}
    </Stack>
  );
}

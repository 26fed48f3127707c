import { Group, Rating, SimpleGrid, Tooltip } from '@mantine/core';
import type { Resource } from '@trustcircle/contracts';
import { formatDateTime, fromNow } from '../../lib/format.ts';
import { Big, Stat } from '../usage/UsageStats.tsx';
import { isSeminar } from './meta.tsx';
import { UsesTrend } from './UsesTrend.tsx';

const number = (n: number) => n.toLocaleString();
const plural = (n: number, one: string, many: string) => `${number(n)} ${n === 1 ? one : many}`;

/** A resource's figures at a glance: use, reach, satisfaction (and for seminars, turnout). */
export function ResourceStats({ resource, timezone }: { resource: Resource; timezone: string }) {
  const s = resource.stats;
  const seminar = isSeminar(resource.kind);
  return (
    <SimpleGrid cols={{ base: 2, lg: seminar ? 3 : 4 }} spacing={{ base: 'xs', sm: 'md' }}>
      <Stat
        label="Uses"
        value={<Big>{number(s.uses)}</Big>}
        hint={
          s.lastUsedAt ? (
            <Tooltip label={formatDateTime(s.lastUsedAt, timezone)}>
              <span>last used {fromNow(s.lastUsedAt)}</span>
            </Tooltip>
          ) : (
            'not used yet'
          )
        }
      />
      <Stat
        label="Last 30 days"
        value={<Big c={s.uses30d ? undefined : 'dimmed'}>{number(s.uses30d)}</Big>}
        hint={<UsesTrend current={s.uses30d} previous={s.usesPrevious30d} />}
      />
      <Stat
        label="Accounts reached"
        value={<Big c={s.accountsReached ? undefined : 'dimmed'}>{number(s.accountsReached)}</Big>}
        hint="used it at least once"
      />
      <Stat
        label="Rating"
        value={
          s.averageRating === null ? (
            <Big c="dimmed">—</Big>
          ) : (
            <Group gap={8} wrap="wrap" align="center">
              <Big>{s.averageRating.toFixed(1)} / 5</Big>
              <Rating value={s.averageRating} fractions={10} readOnly size="sm" aria-hidden="true" />
            </Group>
          )
        }
        hint={
          s.ratings === 0
            ? 'no ratings yet'
            : `${plural(s.ratings, 'rating', 'ratings')} · ${Math.round((s.helpfulShare ?? 0) * 100)}% found it helpful (4 or 5)`
        }
      />
      {seminar ? (
        <>
          <Stat
            label="Registered"
            value={<Big c={s.registered ? undefined : 'dimmed'}>{number(s.registered)}</Big>}
            hint="sign-ups"
          />
          <Stat
            label="Attended"
            value={<Big c={s.attended ? undefined : 'dimmed'}>{number(s.attended)}</Big>}
            hint="took part"
          />
        </>
      ) : null}
    </SimpleGrid>
  );
}

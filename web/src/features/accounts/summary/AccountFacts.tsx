import { Paper, SimpleGrid, Text } from '@mantine/core';
import type { Account } from '@trustcircle/contracts';
import { formatDate, formatMoney } from '../../../lib/format.ts';
import { useSession } from '../../../lib/queries/session.ts';
import { PHASE_META } from '../../lifecycle/meta.ts';
import { STAGE_META, TIER_LABEL } from '../meta.ts';
import { RenewalText } from '../RenewalText.tsx';
import { dayIn, durationSince } from './days.ts';
import { Fact } from './Fact.tsx';

/**
 * Where the account stands and how long it has been there. A customer's phase moves more often
 * than its stage, so the phase's time leads and the stage's is the line under it.
 */
function Position({ account: a, timezone }: { account: Account; timezone: string }) {
  const stage = STAGE_META[a.stage].label;
  const since = a.phase ? a.phaseSince : a.stageSince;
  return (
    <Fact label="Where they are" testId="fact-position">
      <Text size="sm" fw={600}>
        {a.phase ? PHASE_META[a.phase].label : stage}
        {since ? (
          <Text span size="sm" fw={400}>
            {' '}
            for {durationSince(since)}
          </Text>
        ) : null}
      </Text>
      {a.phase ? (
        <Text size="xs" c="dimmed">
          {stage}
          {a.stageSince ? ` since ${formatDate(dayIn(a.stageSince, timezone))}` : ''}
        </Text>
      ) : null}
    </Fact>
  );
}

/** The figures a CSM looks for first: position, money, renewal, owner and tier. */
export function AccountFacts({ account: a }: { account: Account }) {
  const me = useSession();
  const currency = me.workspace.currency;
  return (
    <Paper withBorder p="md" data-testid="account-facts">
      <SimpleGrid cols={{ base: 2, sm: 3, md: 5 }} spacing="lg" verticalSpacing="md">
        <Position account={a} timezone={me.workspace.timezone} />
        <Fact label="ARR" testId="fact-arr">
          <Text size="sm" fw={600} style={{ fontVariantNumeric: 'tabular-nums' }}>
            {formatMoney(a.arr, currency)}
          </Text>
          <Text size="xs" c="dimmed" style={{ fontVariantNumeric: 'tabular-nums' }}>
            MRR {formatMoney(a.mrr, currency)}
          </Text>
        </Fact>
        <Fact label="Renewal" testId="fact-renewal">
          <RenewalText account={a} />
        </Fact>
        <Fact label="Owner" testId="fact-owner">
          <Text size="sm" fw={500} c={a.owner ? undefined : 'dimmed'} truncate="end">
            {a.owner?.name ?? 'No owner'}
          </Text>
        </Fact>
        <Fact label="Tier" testId="fact-tier">
          <Text size="sm" fw={500} c={a.tier ? undefined : 'dimmed'}>
            {a.tier ? TIER_LABEL[a.tier] : 'Not set'}
          </Text>
        </Fact>
      </SimpleGrid>
    </Paper>
  );
}

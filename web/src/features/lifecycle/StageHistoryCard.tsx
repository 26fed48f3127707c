import { Group, Paper, Stack, Text, Timeline, Title } from '@mantine/core';
import type { StageChange } from '@trustcircle/contracts';
import { formatDateTime, fromNow } from '../../lib/format.ts';
import { useStageHistory } from '../../lib/queries/lifecycle.ts';
import { STAGE_META } from '../accounts/meta.ts';
import { PHASE_META } from './meta.ts';

const where = (stage: StageChange['toStage'], phase: StageChange['toPhase']) =>
  phase ? `${STAGE_META[stage].label} · ${PHASE_META[phase].label}` : STAGE_META[stage].label;

const who = (c: StageChange) =>
  c.by.type === 'apiKey'
    ? `API key “${c.by.name ?? 'deleted'}”`
    : c.by.type === 'rule'
      ? 'Lifecycle rule' // the reason already names it
      : (c.by.name ?? (c.by.type === 'system' ? 'Trust Circle' : c.by.type));

/** The account's moves on the Trust Circle, newest first, with who made them and why. */
export function StageHistoryCard({ accountId }: { accountId: string }) {
  const history = useStageHistory(accountId);
  const moves = history.data?.data ?? [];
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={2} fz="lg">
          On the Trust Circle
        </Title>
        {moves.length === 0 ? (
          <Text size="sm" c="dimmed">
            {history.isLoading ? 'Loading…' : 'No moves yet.'}
          </Text>
        ) : (
          <Timeline bulletSize={14} lineWidth={2} active={0}>
            {moves.slice(0, 8).map((c) => (
              <Timeline.Item
                key={c.id}
                title={
                  <Group gap={6} wrap="wrap">
                    <Text size="sm" fw={600}>
                      {c.fromStage ? `${where(c.fromStage, c.fromPhase)} → ` : ''}
                      {where(c.toStage, c.toPhase)}
                    </Text>
                  </Group>
                }
              >
                <Text size="sm">{c.reason}</Text>
                <Text size="xs" c="dimmed" title={formatDateTime(c.changedAt)}>
                  {who(c)} · {fromNow(c.changedAt)}
                </Text>
              </Timeline.Item>
            ))}
          </Timeline>
        )}
      </Stack>
    </Paper>
  );
}

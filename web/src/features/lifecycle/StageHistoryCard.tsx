import { Button, Group, Paper, Stack, Text, Timeline, Title } from '@mantine/core';
import type { StageChange } from '@trustcircle/contracts';
import { useState } from 'react';
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

/**
 * The account's moves on the Trust Circle, newest first, with who made them and why: the
 * latest `limit`, and the rest a click away.
 */
export function StageHistoryCard({ accountId, limit = 8 }: { accountId: string; limit?: number }) {
  const history = useStageHistory(accountId);
  const [all, setAll] = useState(false);
  const moves = history.data?.data ?? [];
  const shown = all ? moves : moves.slice(0, limit);
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={2} fz="md">
          On the Trust Circle
        </Title>
        {moves.length === 0 ? (
          <Text size="sm" c="dimmed">
            {history.isLoading ? 'Loading…' : 'No moves yet.'}
          </Text>
        ) : (
          <Timeline bulletSize={14} lineWidth={2} active={0}>
            {shown.map((c) => (
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
        {moves.length > limit ? (
          <Group>
            <Button variant="subtle" size="compact-sm" onClick={() => setAll((v) => !v)}>
              {all ? 'Show the latest only' : `Show all ${moves.length} moves`}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Paper>
  );
}

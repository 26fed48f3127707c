import type { RuleDefinition } from '@trustcircle/contracts';
import type { Ctx } from '../../platform/context.ts';
import { type Day, todayIn } from '../../platform/dates.ts';
import { workspaceTimeZone } from '../workspaces/index.ts';
import type { Match } from './rulePresenters.ts';
import { candidateBounds, evaluateRule } from './rules.ts';
import { type CandidateRow, lastRuleMoves, ruleCandidates } from './rulesRepository.ts';

export type RuleMatches = {
  today: Day;
  timeZone: string;
  matches: Array<Match & { seen: CandidateRow }>;
};

/**
 * The accounts a rule moves today, by name. A rule not saved yet (`id` null) has never moved
 * anything, so nothing it did before holds it back.
 */
export async function matchRule(
  ctx: Pick<Ctx, 'db' | 'workspace' | 'clock'>,
  rule: { id: string | null; definition: RuleDefinition },
): Promise<RuleMatches> {
  const timeZone = await workspaceTimeZone(ctx);
  const now = ctx.clock.now();
  const today = todayIn(timeZone, now);
  const { definition } = rule;
  const rows = await ruleCandidates(
    ctx.db,
    ctx.workspace.id,
    candidateBounds(definition, now, today),
    definition.tiers,
  );
  const lastMoves =
    rule.id && rows.length
      ? await lastRuleMoves(
          ctx.db,
          ctx.workspace.id,
          rule.id,
          rows.map((r) => r.id),
        )
      : new Map<string, string>();
  const matches: RuleMatches['matches'] = [];
  for (const row of rows) {
    const last = lastMoves.get(row.id);
    const match = evaluateRule(
      definition,
      {
        stage: row.stage,
        phase: row.phase,
        tier: row.tier,
        phaseSince: row.phase_since,
        renewalDate: row.renewal_date,
        lastMovedOn: last ? todayIn(timeZone, new Date(last)) : null,
      },
      today,
      timeZone,
    );
    if (match) matches.push({ account: row, to: match.to, why: match.why, seen: row });
  }
  return { today, timeZone, matches };
}

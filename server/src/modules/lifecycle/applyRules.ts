import { type LifecycleRuleRun, RULE_MOVES_LISTED, type RuleMove } from '@trustcircle/contracts';
import { authorize } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { DomainError } from '../../platform/errors.ts';
import { loadRule, loadRules } from './loadRule.ts';
import { matchRule, type RuleMatches } from './matchRule.ts';
import { recordStageChange } from './recordStageChange.ts';
import { presentMove, type Rule } from './rulePresenters.ts';
import { claimPosition } from './rulesRepository.ts';

/** Moves per transaction: short transactions, so people's own edits never wait long. */
const BATCH = 50;

/**
 * Applies the enabled rules (or one, `ruleId`) now, in their order: each moved account gets
 * its history row (by the rule, "Rule: <name>" as the reason), its audit row and its event.
 * Idempotent: a moved account no longer matches, and an account that changed since it was
 * read is left for the next sweep.
 */
export async function applyRules({ ctx, ruleId }: { ctx: Ctx; ruleId?: string }): Promise<LifecycleRuleRun> {
  authorize(ctx.actor, 'lifecycle:manage');
  const rules = ruleId ? [await loadRule(ctx, ruleId)] : (await loadRules(ctx)).filter((r) => r.enabled);
  if (ruleId && !rules[0]?.enabled) {
    throw new DomainError('PRECONDITION_FAILED', 'This rule is switched off; switch it on to apply it');
  }
  const run: LifecycleRuleRun = { rules: [], moved: 0, moves: [] };
  for (const rule of rules) {
    const moves = await applyRule(ctx, rule);
    run.rules.push({ id: rule.id, name: rule.name, moved: moves.length });
    run.moved += moves.length;
    run.moves.push(...moves.slice(0, RULE_MOVES_LISTED - run.moves.length));
  }
  if (run.moved > 0) ctx.log.info({ moved: run.moved, rules: run.rules }, 'lifecycle rules applied');
  return run;
}

async function applyRule(ctx: Ctx, rule: Rule): Promise<RuleMove[]> {
  const { matches } = await matchRule(ctx, rule);
  const moved: RuleMove[] = [];
  for (let i = 0; i < matches.length; i += BATCH) {
    const batch = matches.slice(i, i + BATCH);
    moved.push(...(await inTransaction(ctx, (tx) => moveBatch(tx, rule, batch))));
  }
  return moved;
}

async function moveBatch(tx: Ctx, rule: Rule, batch: RuleMatches['matches']): Promise<RuleMove[]> {
  const moved: RuleMove[] = [];
  const at = tx.clock.now().toISOString();
  for (const m of batch) {
    if (!(await claimPosition(tx.db, tx.workspace.id, m.seen, at))) continue;
    await recordStageChange(tx, {
      accountId: m.account.id,
      name: m.account.name,
      from: { stage: 'customer', phase: m.account.phase },
      to: m.to,
      reason: `Rule: ${rule.name}`,
      origin: { source: 'rule', ruleId: rule.id, ruleName: rule.name, why: m.why },
    });
    moved.push(presentMove(m));
  }
  return moved;
}

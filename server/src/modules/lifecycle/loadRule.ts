import type { Ctx } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { type Rule, ruleFromRow } from './rulePresenters.ts';
import { findRuleRow, listRuleRows } from './rulesRepository.ts';

/** One rule of the caller's workspace; another workspace's rule is not found. */
export async function loadRule(ctx: Pick<Ctx, 'db' | 'workspace'>, ruleId: string): Promise<Rule> {
  const row = await findRuleRow(ctx.db, ctx.workspace.id, ruleId);
  if (!row) throw notFound('Lifecycle rule');
  return ruleFromRow(row);
}

/** Every rule of the caller's workspace, oldest first: the order they are applied in. */
export async function loadRules(ctx: Pick<Ctx, 'db' | 'workspace'>): Promise<Rule[]> {
  return (await listRuleRows(ctx.db, ctx.workspace.id)).map(ruleFromRow);
}

import { type LifecycleRule, RuleDefinition, type RuleMove, ruleSummary } from '@trustcircle/contracts';
import { flag, parseJson } from '../../platform/db/json.ts';
import type { RuleRow } from './rulesRepository.ts';

/** A stored rule with its definition read back. */
export type Rule = {
  id: string;
  name: string;
  definition: RuleDefinition;
  enabled: boolean;
  createdAt: string;
  updatedAt: string;
};

/**
 * Definitions are validated before they are stored, so one that no longer parses (written by
 * a newer version, then downgraded) is a fault to report, not a rule to guess at.
 */
export function ruleFromRow(row: RuleRow): Rule {
  const parsed = RuleDefinition.safeParse(parseJson<unknown>(row.definition, null));
  if (!parsed.success) throw new Error(`lifecycle rule ${row.id} has a definition this version cannot read`);
  return {
    id: row.id,
    name: row.name,
    definition: parsed.data,
    enabled: flag(row.enabled),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export const presentRule = (rule: Rule): LifecycleRule => ({
  id: rule.id,
  name: rule.name,
  summary: ruleSummary(rule.definition),
  definition: rule.definition,
  enabled: rule.enabled,
  createdAt: rule.createdAt,
  updatedAt: rule.updatedAt,
});

export type Match = {
  account: { id: string; name: string; phase: RuleMove['from']['phase'] };
  to: RuleMove['to'];
  why: string;
};

export const presentMove = (m: Match): RuleMove => ({
  accountId: m.account.id,
  name: m.account.name,
  from: { stage: 'customer', phase: m.account.phase },
  to: m.to,
  why: m.why,
});

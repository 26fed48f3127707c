import { type ChangeOrigin, recordChange } from '../../platform/audit/record.ts';
import { actorId, type Ctx } from '../../platform/context.ts';
import { newId } from '../../platform/ids.ts';
import type { Position } from './phases.ts';
import { insertStageChange, setPosition } from './repository.ts';

/** The reason kept for a move nobody typed a reason for: the import it came from, else `otherwise`. */
export const originReason = (origin: ChangeOrigin | undefined, otherwise: string): string =>
  origin?.source === 'import' ? `Imported from ${origin.file}` : otherwise;

/** A move a lifecycle rule made: its history row names the rule as who moved the account. */
export type RuleOrigin = { source: 'rule'; ruleId: string; ruleName: string; why: string };

/**
 * Moves an account inside the caller's transaction: the account row, a history entry with
 * who and why, and the `account.stage_changed` event the timeline (and later health and
 * playbooks) react to. `from` null is the first entry of a new account, which the timeline
 * already tells as its creation.
 */
export async function recordStageChange(
  tx: Ctx,
  change: {
    accountId: string;
    name: string;
    from: Position | null;
    to: Position;
    reason: string;
    origin?: ChangeOrigin | RuleOrigin;
  },
): Promise<string> {
  const at = tx.clock.now().toISOString();
  const { from, to } = change;
  if (from) {
    await setPosition(tx.db, tx.workspace.id, change.accountId, {
      ...to,
      stageChanged: from.stage !== to.stage,
      phaseChanged: from.phase !== to.phase,
      at,
    });
  }
  const id = newId();
  await insertStageChange(tx.db, {
    id,
    workspace_id: tx.workspace.id,
    account_id: change.accountId,
    from_stage: from?.stage ?? null,
    to_stage: to.stage,
    from_phase: from?.phase ?? null,
    to_phase: to.phase,
    reason: change.reason,
    actor_type: change.origin?.source === 'rule' ? 'rule' : tx.actor.type,
    actor_id: change.origin?.source === 'rule' ? change.origin.ruleId : actorId(tx.actor),
    changed_at: at,
  });
  if (from) {
    await recordChange(tx, {
      action: 'account.stage_changed',
      subject: { type: 'account', id: change.accountId },
      data: {
        name: change.name,
        from: from.stage,
        to: to.stage,
        fromPhase: from.phase,
        toPhase: to.phase,
        reason: change.reason,
        ...change.origin,
      },
    });
  }
  return id;
}

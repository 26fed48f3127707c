import type { Ctx } from '../../platform/context.ts';
import { listMentionFacts, updateRapportFact } from '../contacts/index.ts';
import { badItem } from './days.ts';

/**
 * Rapport facts brought up at the check-in lose their "mention at next check-in" flag, through
 * the contacts module (so the change is audited as a rapport update). Only facts that are
 * flagged for this account and visible to the actor can be named.
 */
export async function clearMentions(tx: Ctx, accountId: string, factIds: string[]): Promise<number> {
  if (factIds.length === 0) return 0;
  const flagged = new Set((await listMentionFacts(tx, accountId)).map((m) => m.fact.id));
  const unique = [...new Set(factIds)];
  for (const [i, id] of unique.entries())
    if (!flagged.has(id)) throw badItem(`mentionedFactIds.${i}`, 'not a fact flagged for this account');
  for (const factId of unique)
    await updateRapportFact({ ctx: tx, factId, input: { mentionAtNextCheckIn: false } });
  return unique.length;
}

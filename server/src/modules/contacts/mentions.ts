import type { RapportFact } from '@trustcircle/contracts';
import { authorize } from '../../platform/auth/permissions.ts';
import { actingUserId, type Ctx } from '../../platform/context.ts';
import { fullName, presentRapport } from './presenters.ts';
import { listMentionRows } from './repository.ts';

export type MentionFact = { contact: { id: string; name: string }; fact: RapportFact };

/**
 * What to bring up at an account's next check-in: its contacts' facts flagged "mention at
 * next check-in" (private ones only for their author).
 */
export async function listMentionFacts(ctx: Ctx, accountId: string): Promise<MentionFact[]> {
  authorize(ctx.actor, 'contacts:read');
  const rows = await listMentionRows(ctx.db, ctx.workspace.id, accountId, actingUserId(ctx.actor));
  return rows.map((r) => ({
    contact: { id: r.contact_id, name: fullName(r.contact_first_name, r.contact_last_name) },
    fact: presentRapport(r),
  }));
}

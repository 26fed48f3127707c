import { NeedUpdate } from '@trustcircle/contracts';
import { recordChange } from '../../platform/audit/record.ts';
import { authorize } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { parseInput } from '../../platform/validation.ts';
import { assertActiveMember } from '../users/index.ts';
import { loadNeedRow } from './load.ts';
import { assessNeed, noteEdit } from './needWrites.ts';
import { presentNeed } from './presenters.ts';
import { type NeedPatch, updateNeedRow } from './repository/index.ts';

/**
 * Edits a need and moves it on: every status change (and a note on its own, which confirms
 * where it stands) goes into the need's history.
 */
export async function updateNeed({ ctx, needId, input }: { ctx: Ctx; needId: string; input: unknown }) {
  authorize(ctx.actor, 'work:write');
  const d = parseInput(NeedUpdate, input);
  return inTransaction(ctx, async (tx) => {
    const before = await loadNeedRow(tx, needId);
    await assertActiveMember(tx, d.ownerId, 'ownerId');
    const patch: NeedPatch = {};
    if (d.title !== undefined && d.title !== before.title) patch.title = d.title;
    if (d.detail !== undefined && d.detail !== before.detail) patch.detail = d.detail;
    if (d.priority !== undefined && d.priority !== before.priority) patch.priority = d.priority;
    if (d.ownerId !== undefined && d.ownerId !== before.owner_id) patch.owner_id = d.ownerId;
    const changed = Object.keys(patch);
    if (changed.length > 0) {
      await updateNeedRow(tx.db, tx.workspace.id, needId, patch, tx.clock.now().toISOString());
      await noteEdit(tx, needId, d.status === undefined ? d.note : null);
      await recordChange(tx, {
        action: 'need.updated',
        subject: { type: 'need', id: needId },
        data: { accountId: before.account_id, title: patch.title ?? before.title, changed },
      });
    }
    const status = d.status ?? (d.note && changed.length === 0 ? before.status : undefined);
    if (status !== undefined)
      await assessNeed(tx, { ...before, title: patch.title ?? before.title }, status, d.note, null);
    return presentNeed(await loadNeedRow(tx, needId));
  });
}

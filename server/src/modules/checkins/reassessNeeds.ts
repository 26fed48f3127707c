import type { NeedStatus } from '@trustcircle/contracts';
import type { Ctx } from '../../platform/context.ts';
import { badItem } from './days.ts';
import { assessNeed } from './needWrites.ts';
import { findNeedRows } from './repository/index.ts';

export type Reassessment = { needId: string; status: NeedStatus; note: string | null };

/**
 * A check-in's look at the account's needs: each named need must be one of the account's,
 * once. All are checked before any is written. Returns how many changed status.
 */
export async function reassessNeeds(
  tx: Ctx,
  checkin: { id: string; accountId: string },
  items: Reassessment[],
): Promise<{ reassessed: number; changed: number }> {
  const rows = new Map(
    (
      await findNeedRows(
        tx.db,
        tx.workspace.id,
        items.map((i) => i.needId),
      )
    ).map((r) => [r.id, r]),
  );
  const seen = new Set<string>();
  for (const [i, item] of items.entries()) {
    const need = rows.get(item.needId);
    if (need?.account_id !== checkin.accountId)
      throw badItem(`needs.${i}.needId`, "not one of the account's needs");
    if (seen.has(item.needId)) throw badItem(`needs.${i}.needId`, 'reassessed twice');
    seen.add(item.needId);
  }
  let changed = 0;
  for (const item of items) {
    const need = rows.get(item.needId);
    if (need && (await assessNeed(tx, need, item.status, item.note, checkin.id))) changed++;
  }
  return { reassessed: items.length, changed };
}

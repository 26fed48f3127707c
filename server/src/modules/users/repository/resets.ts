import type { Db } from '../../../platform/context.ts';

// Password reset links.

// ── password resets ─────────────────────────────────────────────────────────

export async function insertPasswordReset(
  db: Db,
  r: { id: string; userId: string; tokenHash: string; expiresAt: string; now: string },
) {
  await db
    .insertInto('password_resets')
    .values({
      id: r.id,
      user_id: r.userId,
      token_hash: r.tokenHash,
      expires_at: r.expiresAt,
      used_at: null,
      created_at: r.now,
    })
    .execute();
}

export async function countRecentResets(db: Db, userId: string, since: string): Promise<number> {
  const r = await db
    .selectFrom('password_resets')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', userId)
    .where('created_at', '>=', since)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function findPasswordReset(db: Db, tokenHash: string) {
  return db.selectFrom('password_resets').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
}

/** Marks a reset used only if it was unused, so two concurrent uses cannot both succeed. */
export async function consumePasswordReset(db: Db, id: string, now: string): Promise<boolean> {
  const r = await db
    .updateTable('password_resets')
    .set({ used_at: now })
    .where('id', '=', id)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

import type { Db } from '../../../platform/context.ts';
import type { Counter } from '../throttle.ts';

// Sign-in throttling: counters per (account, client) and failures per network address.
// Login happens before any workspace is known, so these tables are installation-wide.

// ── counters of consecutive failures ────────────────────────────────────────

export async function findLoginCounter(db: Db, email: string, client: string): Promise<Counter | null> {
  const row = await db
    .selectFrom('login_counters')
    .select(['failures', 'last_failure_at', 'next_attempt_at'])
    .where('email', '=', email)
    .where('client', '=', client)
    .executeTakeFirst();
  return row
    ? { failures: row.failures, lastFailureAt: row.last_failure_at, nextAttemptAt: row.next_attempt_at }
    : null;
}

/**
 * Stores the counter only if nobody changed it since it was read (`expectedFailures`, 0 for
 * none): two attempts that read the same counter cannot both be the one that goes ahead.
 */
export async function swapLoginCounter(
  db: Db,
  key: { email: string; client: string },
  expectedFailures: number,
  next: Counter,
): Promise<boolean> {
  const values = {
    failures: next.failures,
    last_failure_at: next.lastFailureAt,
    next_attempt_at: next.nextAttemptAt,
  };
  if (expectedFailures === 0) {
    const r = await db
      .insertInto('login_counters')
      .values({ ...key, ...values })
      .onConflict((oc) => oc.columns(['email', 'client']).doNothing())
      .executeTakeFirst();
    return Number(r.numInsertedOrUpdatedRows ?? 0) === 1;
  }
  const r = await db
    .updateTable('login_counters')
    .set(values)
    .where('email', '=', key.email)
    .where('client', '=', key.client)
    .where('failures', '=', expectedFailures)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function deleteLoginCounter(db: Db, email: string, client: string) {
  await db.deleteFrom('login_counters').where('email', '=', email).where('client', '=', client).execute();
}

// ── failures per network address ────────────────────────────────────────────

export async function insertLoginFailure(db: Db, f: { id: string; email: string; ip: string; at: string }) {
  await db.insertInto('login_failures').values(f).execute();
}

/** The times of the address's other failures after `since`, newest first, at most `limit`. */
export async function recentLoginFailures(
  db: Db,
  ip: string,
  exceptId: string,
  since: string,
  limit: number,
) {
  const rows = await db
    .selectFrom('login_failures')
    .select('at')
    .where('ip', '=', ip)
    .where('at', '>', since)
    .where('id', '!=', exceptId)
    .orderBy('at', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => r.at);
}

export async function deleteLoginFailure(db: Db, id: string) {
  await db.deleteFrom('login_failures').where('id', '=', id).execute();
}

/** The daily sweep: failures past every window, and counters that have been forgotten. */
export async function deleteOldLoginFailures(db: Db, before: string) {
  await db.deleteFrom('login_failures').where('at', '<', before).execute();
  await db.deleteFrom('login_counters').where('last_failure_at', '<', before).execute();
}

import type { Insertable } from 'kysely';
import type { Db } from '../../platform/context.ts';
import type { RenewalsTable } from '../../platform/db/schema.ts';

export async function insertRenewal(db: Db, row: Insertable<RenewalsTable>) {
  await db.insertInto('renewals').values(row).execute();
}

/** The one-renewal-per-date index refused the row (PostgreSQL 23505, SQLite's unique constraint). */
export const isDuplicateRenewal = (err: unknown): boolean => {
  const code = String((err as { code?: unknown } | null)?.code ?? '');
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE';
};

function selectRenewals(db: Db, workspaceId: string) {
  return db
    .selectFrom('renewals as r')
    .leftJoin('users as u', 'u.id', 'r.created_by')
    .selectAll('r')
    .select(['u.name as recorded_by_name', 'u.email as recorded_by_email'])
    .where('r.workspace_id', '=', workspaceId);
}

export type RenewalRow = NonNullable<Awaited<ReturnType<typeof findRenewalRow>>>;

export async function findRenewalRow(db: Db, workspaceId: string, id: string) {
  return selectRenewals(db, workspaceId).where('r.id', '=', id).executeTakeFirst();
}

/** An account's renewals, the latest first; a history is short (one a year), so the latest 200. */
export async function renewalsOf(db: Db, workspaceId: string, accountId: string) {
  return selectRenewals(db, workspaceId)
    .where('r.account_id', '=', accountId)
    .orderBy('r.renewed_on', 'desc')
    .orderBy('r.created_at', 'desc')
    .limit(200)
    .execute();
}

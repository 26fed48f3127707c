import type { Kysely } from 'kysely';
import { columnTypes } from './types.ts';

/**
 * Renewals as they were signed: the account's renewal date moves on by a term, its ARR may
 * change, and the row keeps both sides of it, so a passed renewal date means "overdue" and
 * renewal history (on time or late, ARR before and after) is there for NRR, GRR and backtests.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .createTable('renewals')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('renewed_on', t.date, (c) => c.notNull())
    .addColumn('previous_renewal_date', t.date)
    .addColumn('next_renewal_date', t.date, (c) => c.notNull())
    .addColumn('term_months', 'integer')
    .addColumn('arr_before_cents', t.bigint, (c) => c.notNull())
    .addColumn('arr_after_cents', t.bigint, (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .execute();
  // An account's renewal history, newest first; and a period's renewals for the reports.
  await db.schema
    .createIndex('renewals_account')
    .on('renewals')
    .columns(['workspace_id', 'account_id', 'renewed_on'])
    .execute();
  // One renewal per renewal date: two requests renewing the same date at once cannot both land.
  await db.schema
    .createIndex('renewals_once')
    .on('renewals')
    .columns(['workspace_id', 'account_id', 'previous_renewal_date'])
    .unique()
    .execute();
  await db.schema
    .createIndex('renewals_day')
    .on('renewals')
    .columns(['workspace_id', 'renewed_on'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('renewals').ifExists().execute();
}

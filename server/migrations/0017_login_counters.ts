import type { Kysely } from 'kysely';
import { columnTypes } from './types.ts';

/**
 * Sign-in throttling without lockouts. `login_counters` holds the consecutive failures of one
 * account (by email, whether or not anyone has it) from one kind of client: `*` for every
 * browser the account has not signed in from, `d:<nonce>` for a browser holding a device
 * cookie for it, so the owner's own browsers never wait for someone else's guesses.
 * `next_attempt_at` is when the next attempt is evaluated; the counter is claimed by a
 * compare-and-set on `failures`, so several web nodes agree. `login_failures` stays for the
 * per-address cap across accounts; its (email, ip) index served the old per-pair counting only.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .createTable('login_counters')
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('client', 'text', (c) => c.notNull())
    .addColumn('failures', 'integer', (c) => c.notNull())
    .addColumn('last_failure_at', t.timestamp, (c) => c.notNull())
    .addColumn('next_attempt_at', t.timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint('login_counters_pk', ['email', 'client'])
    .execute();
  await db.schema
    .createIndex('login_counters_last_failure')
    .on('login_counters')
    .column('last_failure_at')
    .execute();
  await db.schema.dropIndex('login_failures_email_ip').ifExists().execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('login_counters').ifExists().execute();
  await db.schema
    .createIndex('login_failures_email_ip')
    .ifNotExists()
    .on('login_failures')
    .columns(['email', 'ip', 'at'])
    .execute();
}

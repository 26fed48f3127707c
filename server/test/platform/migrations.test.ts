import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { type Kysely, Migrator, sql } from 'kysely';
import { migrations } from '../../migrations/index.ts';
import { connectDatabase } from '../../src/platform/db/connect.ts';
import { migrateToLatest } from '../../src/platform/db/migrate.ts';
import { databaseKinds, openTestDatabase, type TestDatabase } from '../harness/databases.ts';

/** Upgrades of a database that holds rows: each kind gets its own fresh database. */
for (const kind of databaseKinds()) {
  describe(`migrations on existing data [${kind}]`, () => {
    const opened: TestDatabase[] = [];
    after(async () => {
      for (const d of opened) await d.drop();
    });

    const migratedUpTo = async (last: string) => {
      const target = await openTestDatabase(kind);
      opened.push(target);
      const handle = connectDatabase(target.target);
      const upTo = Object.fromEntries(Object.entries(migrations).filter(([name]) => name <= last));
      const db = handle.db as unknown as Kysely<unknown>;
      const { error } = await new Migrator({
        db,
        provider: { getMigrations: async () => upTo },
      }).migrateToLatest();
      if (error) throw error;
      return { db, handle };
    };

    test('0015: links and people pointing at deleted accounts or contacts are cleaned, then follow deletes', async () => {
      const { db, handle } = await migratedUpTo('0014_usage_seq_index');
      try {
        const now = new Date().toISOString();
        const no = kind === 'postgres' ? sql`false` : sql`0`;
        await sql`insert into workspaces (id, name, settings, created_at, updated_at) values ('w1', 'W', '{}', ${now}, ${now})`.execute(
          db,
        );
        for (const id of ['a1', 'a2'])
          await sql`insert into accounts (id, workspace_id, name, search_text, stage, custom_fields, created_at, updated_at)
            values (${id}, 'w1', ${id}, ${id}, 'customer', '{}', ${now}, ${now})`.execute(db);
        await sql`insert into contacts (id, workspace_id, account_id, first_name, sort_name, search_text, is_primary, created_at, updated_at)
          values ('c1', 'w1', 'a1', 'Ann', 'ann', 'ann', ${no}, ${now}, ${now})`.execute(db);
        await sql`insert into usage_groups (workspace_id, group_id, account_id, created_at)
          values ('w1', 'g1', 'a1', ${now}), ('w1', 'g2', 'gone', ${now}), ('w1', 'g3', 'a2', ${now})`.execute(
          db,
        );
        await sql`insert into usage_identities (workspace_id, user_key, account_id, contact_id, email, first_seen_at, last_seen_at)
          values ('w1', 'u:1', 'a1', 'c1', 'ann@x.example', ${now}, ${now}), ('w1', 'u:2', 'gone', 'gone-c', null, ${now}, ${now}),
                 ('w1', 'u:3', 'a2', null, null, ${now}, ${now})`.execute(db);

        const { applied } = await migrateToLatest(handle.db);
        assert.ok(applied.includes('0015_usage_links_follow_deletes'));
        const links = async () =>
          (
            await sql<{
              group_id: string;
              account_id: string;
            }>`select group_id, account_id from usage_groups order by group_id`.execute(db)
          ).rows.map((r) => [r.group_id, r.account_id]);
        const people = async () =>
          (
            await sql<{
              user_key: string;
              account_id: string | null;
              contact_id: string | null;
              email: string | null;
            }>`
              select user_key, account_id, contact_id, email from usage_identities order by user_key`.execute(
              db,
            )
          ).rows.map((r) => [r.user_key, r.account_id, r.contact_id, r.email]);
        assert.deepEqual(await links(), [
          ['g1', 'a1'],
          ['g3', 'a2'],
        ]);
        assert.deepEqual(await people(), [
          ['u:1', 'a1', 'c1', 'ann@x.example'],
          ['u:2', null, null, null],
          ['u:3', 'a2', null, null],
        ]);

        await sql`delete from accounts where id = 'a1'`.execute(db);
        assert.deepEqual(await links(), [['g3', 'a2']], "the deleted account's link goes with it");
        assert.deepEqual(
          (await people())[0],
          ['u:1', null, null, 'ann@x.example'],
          'the person stays, without the account or its contact',
        );
        await assert.rejects(
          sql`insert into usage_groups (workspace_id, group_id, account_id, created_at) values ('w1', 'g9', 'a1', ${now})`.execute(
            db,
          ),
          'a link to a deleted account is refused',
        );
      } finally {
        await handle.close();
      }
    });
  });
}

import { type Kysely, sql } from 'kysely';

/**
 * People by the person they were aliased to. A person who gets an account takes along the
 * events that waited for one, including those of keys aliased to them in earlier batches
 * (a browser's anonymous id, identified at sign-up, before the group call came). Only
 * aliased people are in the index, so a new person costs no index write.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('usage_identities_alias')
    .on('usage_identities')
    .columns(['workspace_id', 'alias_of'])
    .where(sql.ref('alias_of'), 'is not', null)
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('usage_identities_alias').ifExists().execute();
}

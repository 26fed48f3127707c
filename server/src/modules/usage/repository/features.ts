import type { Db } from '../../../platform/context.ts';

// ── features ────────────────────────────────────────────────────────────────

export async function listFeatureRows(db: Db, workspaceId: string) {
  return db
    .selectFrom('usage_features')
    .select(['id', 'name', 'event', 'created_at'])
    .where('workspace_id', '=', workspaceId)
    .orderBy('name')
    .execute();
}

export async function insertFeature(
  db: Db,
  row: { id: string; workspace_id: string; name: string; event: string; created_at: string },
) {
  await db.insertInto('usage_features').values(row).execute();
}

export async function deleteFeatureRow(db: Db, workspaceId: string, id: string) {
  const r = await db
    .deleteFrom('usage_features')
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

/** The first and last day each event of the workspace's feature list was seen for an account. */
export async function featureUse(db: Db, workspaceId: string, accountId: string, events: string[]) {
  if (events.length === 0) return [];
  return db
    .selectFrom('usage_daily')
    .select([
      'event',
      (eb) => eb.fn.min('day').as('first_day'),
      (eb) => eb.fn.max('day').as('last_day'),
      (eb) => eb.fn.sum<number>('count').as('n'),
    ])
    .where('workspace_id', '=', workspaceId)
    .where('account_id', '=', accountId)
    .where('event', 'in', events)
    .groupBy('event')
    .execute();
}

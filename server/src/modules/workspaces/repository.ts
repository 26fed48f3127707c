import type { Db } from '../../platform/context.ts';
import { parseJson, toJson } from '../../platform/db/json.ts';

export type WorkspaceRow = {
  id: string;
  name: string;
  currency: string;
  timezone: string;
  usageRetentionDays: number;
  logo: string | null;
  settings: Record<string, unknown>;
  createdAt: string;
  updatedAt: string;
};

export async function insertWorkspace(db: Db, w: WorkspaceRow) {
  await db
    .insertInto('workspaces')
    .values({
      id: w.id,
      name: w.name,
      currency: w.currency,
      timezone: w.timezone,
      settings: toJson(w.settings),
      created_at: w.createdAt,
      updated_at: w.updatedAt,
    })
    .execute();
}

/** Each workspace's event retention, for the pruning job (a system task across workspaces). */
export async function listRetentions(db: Db) {
  const rows = await db.selectFrom('workspaces').select(['id', 'usage_retention_days']).execute();
  return rows.map((r) => ({ workspaceId: r.id, days: Number(r.usage_retention_days) }));
}

/** Every workspace with its time zone, for sweeps that act on each one's own "today". */
export async function listWorkspaceZones(db: Db) {
  const rows = await db.selectFrom('workspaces').select(['id', 'name', 'timezone']).execute();
  return rows.map((r) => ({ id: r.id, name: r.name, timeZone: r.timezone || 'UTC' }));
}

/** Scoped by construction: the workspace id is the key. */
export async function findWorkspace(db: Db, workspaceId: string): Promise<WorkspaceRow | null> {
  const r = await db.selectFrom('workspaces').selectAll().where('id', '=', workspaceId).executeTakeFirst();
  return r
    ? {
        id: r.id,
        name: r.name,
        currency: r.currency,
        timezone: r.timezone,
        usageRetentionDays: Number(r.usage_retention_days),
        logo: r.logo,
        settings: parseJson(r.settings, {}),
        createdAt: r.created_at,
        updatedAt: r.updated_at,
      }
    : null;
}

export async function updateWorkspaceRow(
  db: Db,
  workspaceId: string,
  patch: Partial<Pick<WorkspaceRow, 'name' | 'currency' | 'timezone' | 'usageRetentionDays' | 'logo'>>,
  now: string,
) {
  const { usageRetentionDays, ...rest } = patch;
  await db
    .updateTable('workspaces')
    .set({
      ...rest,
      ...(usageRetentionDays === undefined ? {} : { usage_retention_days: usageRetentionDays }),
      updated_at: now,
    })
    .where('id', '=', workspaceId)
    .execute();
}

export async function countWorkspaces(db: Db): Promise<number> {
  const r = await db
    .selectFrom('workspaces')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/**
 * Sets one key of the workspace's settings and keeps the others. The row is locked first (an
 * update), so two writers of different keys cannot lose each other's change. Call it inside
 * the verb's transaction.
 */
export async function setWorkspaceSetting(
  db: Db,
  workspaceId: string,
  key: string,
  value: unknown,
  now: string,
) {
  await db.updateTable('workspaces').set({ updated_at: now }).where('id', '=', workspaceId).execute();
  const row = await db
    .selectFrom('workspaces')
    .select('settings')
    .where('id', '=', workspaceId)
    .executeTakeFirst();
  const settings = { ...parseJson<Record<string, unknown>>(row?.settings, {}), [key]: value };
  await db
    .updateTable('workspaces')
    .set({ settings: toJson(settings) })
    .where('id', '=', workspaceId)
    .execute();
}

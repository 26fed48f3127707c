import type { Db } from '../context.ts';

export type IdempotencyScope = { workspaceId: string; principal: string; key: string };

/** Returns true when this request is the first with the key (it now owns it). */
export async function reserveKey(db: Db, scope: IdempotencyScope, requestHash: string, now: string) {
  const res = await db
    .insertInto('idempotency_keys')
    .values({
      workspace_id: scope.workspaceId,
      principal: scope.principal,
      key: scope.key,
      request_hash: requestHash,
      status: 'in_progress',
      response_status: null,
      response_body: null,
      created_at: now,
    })
    .onConflict((oc) => oc.columns(['workspace_id', 'principal', 'key']).doNothing())
    .executeTakeFirst();
  return Number(res.numInsertedOrUpdatedRows ?? 0n) === 1;
}

export async function findKey(db: Db, scope: IdempotencyScope) {
  return db
    .selectFrom('idempotency_keys')
    .selectAll()
    .where('workspace_id', '=', scope.workspaceId)
    .where('principal', '=', scope.principal)
    .where('key', '=', scope.key)
    .executeTakeFirst();
}

/** Takes over a reservation whose request died before answering. */
export async function takeOverStale(
  db: Db,
  scope: IdempotencyScope,
  requestHash: string,
  staleBefore: string,
  now: string,
) {
  const res = await db
    .updateTable('idempotency_keys')
    .set({ created_at: now, request_hash: requestHash })
    .where('workspace_id', '=', scope.workspaceId)
    .where('principal', '=', scope.principal)
    .where('key', '=', scope.key)
    .where('status', '=', 'in_progress')
    .where('created_at', '<', staleBefore)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export async function storeResponse(db: Db, scope: IdempotencyScope, status: number, body: string) {
  await db
    .updateTable('idempotency_keys')
    .set({ status: 'done', response_status: status, response_body: body })
    .where('workspace_id', '=', scope.workspaceId)
    .where('principal', '=', scope.principal)
    .where('key', '=', scope.key)
    .execute();
}

export async function releaseKey(db: Db, scope: IdempotencyScope) {
  await db
    .deleteFrom('idempotency_keys')
    .where('workspace_id', '=', scope.workspaceId)
    .where('principal', '=', scope.principal)
    .where('key', '=', scope.key)
    .execute();
}

export async function deleteKeysBefore(db: Db, before: string) {
  await db.deleteFrom('idempotency_keys').where('created_at', '<', before).execute();
}

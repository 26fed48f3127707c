import { authorize } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { findPromise } from './load.ts';
import { presentPromiseEvent } from './presenters.ts';
import { promiseEventsOf } from './repository.ts';

/** Everything that happened to a promise, newest first: made, renegotiated, kept, broken. */
export async function getPromiseHistory({ ctx, promiseId }: { ctx: Ctx; promiseId: string }) {
  authorize(ctx.actor, 'work:read');
  await findPromise(ctx, promiseId);
  return { data: (await promiseEventsOf(ctx.db, ctx.workspace.id, promiseId)).map(presentPromiseEvent) };
}

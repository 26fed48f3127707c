import type { Ctx, WorkspaceRef } from '../context.ts';
import type { JobContext } from './registry.ts';

/**
 * The context of work the product does on its own (a scheduled sweep, a rule): the actor is
 * the system, with the reason shown in audit rows, acting in one workspace.
 */
export function systemCtx(jctx: JobContext, workspace: WorkspaceRef, reason: string): Ctx {
  return {
    workspace,
    actor: { type: 'system', reason },
    db: jctx.db,
    clock: jctx.clock,
    log: jctx.log,
    requestId: `job:${jctx.job.id}`,
    baseUrl: '',
  };
}

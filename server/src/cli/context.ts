import type { Runtime } from '../compose.ts';
import { findWorkspace } from '../modules/workspaces/index.ts';
import type { Ctx } from '../platform/context.ts';
import { notFound } from '../platform/errors.ts';
import { newId } from '../platform/ids.ts';

/** The CLI acts as the operator of the installation: actor `cli`, in the workspace named. */
export async function cliCtx(runtime: Runtime, workspaceId: string, command: string): Promise<Ctx> {
  const { platform } = runtime;
  const ws = await findWorkspace(platform.db, workspaceId);
  if (!ws) throw notFound(`Workspace ${workspaceId}`);
  return {
    workspace: { id: ws.id, name: ws.name },
    actor: { type: 'cli', command },
    db: platform.db,
    clock: platform.clock,
    log: platform.log,
    requestId: newId(),
    baseUrl: platform.config.baseUrl,
  };
}

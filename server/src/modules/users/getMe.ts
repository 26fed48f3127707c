import type { Installation, Me } from '@trustcircle/contracts';
import type { Ctx } from '../../platform/context.ts';
import { DomainError, notFound } from '../../platform/errors.ts';
import { findWorkspace, presentWorkspace } from '../workspaces/index.ts';
import { activeWorkspacesOf, findUserById } from './repository/index.ts';

/**
 * Who the signed-in person is, where they are, and where else they may go; and the
 * installation's address, which the transport reads from the configuration.
 */
export async function getMe({ ctx, installation }: { ctx: Ctx; installation: Installation }): Promise<Me> {
  if (ctx.actor.type !== 'user') throw new DomainError('FORBIDDEN', 'Only a signed-in person has a profile');
  const [user, workspace, workspaces] = await Promise.all([
    findUserById(ctx.db, ctx.actor.userId),
    findWorkspace(ctx.db, ctx.workspace.id),
    activeWorkspacesOf(ctx.db, ctx.actor.userId),
  ]);
  if (!user || !workspace) throw notFound('User');
  return {
    user: { id: user.id, name: user.name, email: user.email },
    role: ctx.actor.role,
    workspace: presentWorkspace(workspace),
    workspaces,
    installation,
  };
}

import { authorize } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { presentInvitation } from './presenters.ts';
import { listInvitationRows } from './repository/index.ts';

export async function listInvitations({ ctx }: { ctx: Ctx }) {
  authorize(ctx.actor, 'members:manage');
  const rows = await listInvitationRows(ctx.db, ctx.workspace.id);
  const now = ctx.clock.now();
  return { data: rows.map((r) => presentInvitation(r, now)) };
}

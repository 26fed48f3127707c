import { authorize } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { presentMember } from './presenters.ts';
import { listMemberRows } from './repository/index.ts';

export async function listMembers({ ctx }: { ctx: Ctx }) {
  authorize(ctx.actor, 'members:read');
  const rows = await listMemberRows(ctx.db, ctx.workspace.id);
  return { data: rows.map(presentMember) };
}

import { PageQuery } from '@trustcircle/contracts';
import { authorize } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { pageById } from '../../platform/db/keyset.ts';
import { listMail as listMailRows } from '../../platform/mail/repository.ts';
import { parseInput } from '../../platform/validation.ts';
import { presentMail } from './presenters.ts';

/** The workspace's sent and unsent mail: without SMTP this is where invitation links are. */
export async function listMail({ ctx, input }: { ctx: Ctx; input: unknown }) {
  authorize(ctx.actor, 'mail:read');
  const query = parseInput(PageQuery, input);
  const rows = await listMailRows(ctx.db, ctx.workspace.id, { before: query.cursor, limit: query.limit + 1 });
  return pageById(rows, query.limit, presentMail);
}

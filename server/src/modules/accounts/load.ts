import type { Account } from '@trustcircle/contracts';
import type { Ctx } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { workspaceToday } from '../workspaces/index.ts';
import { presentAccount } from './presenters.ts';
import { contactCountsOf, findAccountRow, tagsOf } from './repository.ts';

/** Loads one account of the workspace as the API shows it, or throws NOT_FOUND. */
export async function loadAccount(
  ctx: Pick<Ctx, 'db' | 'clock'> & { workspace: { id: string } },
  id: string,
): Promise<Account> {
  const { db } = ctx;
  const workspaceId = ctx.workspace.id;
  const row = await findAccountRow(db, workspaceId, id);
  if (!row) throw notFound('Account');
  // The workspace's day decides whether the renewal is overdue: one primary-key read.
  const [tags, contacts, today] = await Promise.all([
    tagsOf(db, workspaceId, [id]),
    contactCountsOf(db, workspaceId, [id]),
    workspaceToday(ctx),
  ]);
  return presentAccount(row, {
    tags: tags.get(id) ?? [],
    contactsCount: contacts.get(id) ?? 0,
    today,
  });
}

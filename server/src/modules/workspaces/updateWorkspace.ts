import { WorkspaceUpdate } from '@trustcircle/contracts';
import type { z } from 'zod';
import { recordChange } from '../../platform/audit/record.ts';
import { authorize } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { notFound } from '../../platform/errors.ts';
import { parseInput } from '../../platform/validation.ts';
import { presentWorkspace } from './presenters.ts';
import { findWorkspace, updateWorkspaceRow } from './repository.ts';

export async function updateWorkspace({ ctx, input }: { ctx: Ctx; input: z.input<typeof WorkspaceUpdate> }) {
  authorize(ctx.actor, 'workspace:manage');
  const patch = parseInput(WorkspaceUpdate, input);
  return inTransaction(ctx, async (tx) => {
    const now = tx.clock.now().toISOString();
    await updateWorkspaceRow(tx.db, tx.workspace.id, patch, now);
    const row = await findWorkspace(tx.db, tx.workspace.id);
    if (!row) throw notFound('Workspace');
    await recordChange(tx, {
      action: 'workspace.updated',
      subject: { type: 'workspace', id: row.id },
      // The image itself is not worth keeping in every audit row.
      data: patch.logo ? { ...patch, logo: '(new logo)' } : patch,
    });
    return presentWorkspace(row);
  });
}

import { SetupInput } from '@trustcircle/contracts';
import { recordChange } from '../../platform/audit/record.ts';
import { hashPassword } from '../../platform/auth/password.ts';
import type { BaseCtx, Ctx } from '../../platform/context.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { DomainError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { parseInput } from '../../platform/validation.ts';
import { seedDefaultRules } from '../lifecycle/index.ts';
import { seedDefaultTemplates } from '../planTemplates/index.ts';
import { countWorkspaces, createWorkspace } from '../workspaces/index.ts';
import { insertMembership, insertUser } from './repository/index.ts';
import { openSession, type SessionPolicy } from './sessions.ts';

type Client = { ip: string; userAgent: string | null; policy: SessionPolicy };

/**
 * First-run setup: the first workspace and its admin, signed in. Allowed only while the
 * database has no workspace at all; afterwards people join by invitation.
 */
export async function setupWorkspace({
  ctx,
  input,
  client,
}: {
  ctx: BaseCtx;
  input: unknown;
  client: Client;
}) {
  const data = parseInput(SetupInput, input);
  const passwordHash = await hashPassword(data.password);
  return inTransaction(ctx, async (tx) => {
    if ((await countWorkspaces(tx.db)) > 0) {
      throw new DomainError('PRECONDITION_FAILED', 'Trust Circle is already set up. Sign in instead.');
    }
    const workspace = await createWorkspace({ ctx: tx, input: { name: data.workspaceName } });
    // The default lifecycle rules start on only in a demo workspace (see seedDefaultRules).
    await seedDefaultRules({ ctx: tx, workspaceId: workspace.id, enabled: data.demo });
    await seedDefaultTemplates({ ctx: tx, workspaceId: workspace.id });
    const userId = newId();
    const now = tx.clock.now().toISOString();
    await insertUser(tx.db, { id: userId, email: data.email, name: data.name, passwordHash, now });
    await insertMembership(tx.db, workspace.id, userId, 'admin', now);
    const userCtx: Ctx = {
      ...tx,
      workspace: { id: workspace.id, name: workspace.name },
      actor: { type: 'user', userId, role: 'admin', name: data.name, sessionId: null },
    };
    await recordChange(userCtx, {
      action: 'workspace.created',
      subject: { type: 'workspace', id: workspace.id },
      data: { name: workspace.name, admin: data.email, demo: data.demo },
    });
    const session = await openSession(tx, { userId, workspaceId: workspace.id, ...client });
    // The context handed back must outlive this transaction: give it the caller's database.
    return { workspace, userId, session, demo: data.demo, ctx: { ...userCtx, db: ctx.db } };
  });
}

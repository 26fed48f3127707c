import { Email, Password, Role, Text } from '@trustcircle/contracts';
import { z } from 'zod';
import { recordChange } from '../../platform/audit/record.ts';
import { hashPassword } from '../../platform/auth/password.ts';
import { authorize } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { conflict } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { parseInput } from '../../platform/validation.ts';
import { presentMember } from './presenters.ts';
import { findMemberRow, findUserByEmail, insertMembership, insertUser } from './repository/index.ts';

const Input = z
  .object({ email: Email, name: Text(100), password: Password, role: Role.default('csm') })
  .strict();

/**
 * Adds a person to the workspace with a password (the CLI's `user create`, and demo data).
 * People who already have an account elsewhere keep their password and just join.
 */
export async function createUser({ ctx, input }: { ctx: Ctx; input: z.input<typeof Input> }) {
  authorize(ctx.actor, 'members:manage');
  const data = parseInput(Input, input);
  const existing = await findUserByEmail(ctx.db, data.email);
  const passwordHash = existing ? null : await hashPassword(data.password);
  return inTransaction(ctx, async (tx) => {
    const now = tx.clock.now().toISOString();
    const userId = existing?.id ?? newId();
    if (existing && (await findMemberRow(tx.db, tx.workspace.id, userId))) {
      throw conflict(`${data.email} is already a member of this workspace`);
    }
    if (!existing && passwordHash) {
      await insertUser(tx.db, { id: userId, email: data.email, name: data.name, passwordHash, now });
    }
    await insertMembership(tx.db, tx.workspace.id, userId, data.role, now);
    await recordChange(tx, {
      action: 'member.added',
      subject: { type: 'user', id: userId },
      data: { email: data.email, role: data.role },
    });
    const row = await findMemberRow(tx.db, tx.workspace.id, userId);
    if (!row) throw new Error('member vanished');
    return presentMember(row);
  });
}

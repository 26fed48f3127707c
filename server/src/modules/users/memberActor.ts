import type { Actor, Db } from '../../platform/context.ts';
import { findMemberRow } from './repository/index.ts';

/**
 * The user as an actor when they are not signed in but present a secret of their own (their
 * calendar feed's link): only an active member acts, with their role.
 */
export async function memberActor(db: Db, workspaceId: string, userId: string): Promise<Actor | null> {
  const m = await findMemberRow(db, workspaceId, userId);
  if (m?.status !== 'active') return null;
  return { type: 'user', userId: m.id, role: m.role, name: m.name, sessionId: null };
}

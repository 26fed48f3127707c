import { actorId, type Ctx } from '../context.ts';
import { newId } from '../ids.ts';
import { insertAudit, insertEvent } from './repository.ts';

/** Where a change came from, when not a person's hand alone: a CSV import, product events, a renewal. */
export type ChangeOrigin =
  | { source: 'import'; file: string }
  | { source: 'events'; sourceName: string }
  | { source: 'renewal'; renewalId: string };

export type Change = {
  /** What happened, e.g. `account.created`; also the domain event's type. */
  action: string;
  subject: { type: string; id: string | null };
  /** What the audit log keeps and the event carries. No secrets. */
  data?: Record<string, unknown>;
};

/**
 * Writes the audit row and the domain event for a change. Call it inside the verb's
 * transaction so the change, its audit and its event commit together or not at all.
 */
export async function recordChange(ctx: Ctx, change: Change): Promise<void> {
  if (!ctx.db.isTransaction) throw new Error('recordChange must run inside the verb transaction');
  const at = ctx.clock.now().toISOString();
  const data = change.data ?? {};
  await insertAudit(ctx.db, {
    id: newId(),
    workspaceId: ctx.workspace.id,
    actorType: ctx.actor.type,
    actorId: actorId(ctx.actor),
    action: change.action,
    subjectType: change.subject.type,
    subjectId: change.subject.id,
    data,
    requestId: ctx.requestId,
    at,
  });
  await insertEvent(ctx.db, {
    id: newId(),
    workspaceId: ctx.workspace.id,
    type: change.action,
    payload: { subject: change.subject, data, actor: { type: ctx.actor.type, id: actorId(ctx.actor) } },
    createdAt: at,
  });
}

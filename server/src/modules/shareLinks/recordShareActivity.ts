import type { ShareActivityKind } from '@trustcircle/contracts';
import type { Ctx } from '../../platform/context.ts';
import { newId } from '../../platform/ids.ts';
import type { OpenLink } from './openShareLink.ts';
import { countUse, insertActivity, recentView } from './repository.ts';

const HOUR = 3_600_000;

/**
 * Logs what a visitor did through a link, for the team's "customer activity" list and the
 * link's counters. Call it inside the action's transaction, so the log and the change agree.
 * Views are logged once an hour per visitor; every view still counts on the link.
 */
export async function recordShareActivity(
  ctx: Ctx,
  link: OpenLink,
  kind: ShareActivityKind,
  detail: string | null = null,
  contactId: string | null = link.contactId,
) {
  const now = ctx.clock.now();
  const at = now.toISOString();
  const view = kind === 'viewed';
  await countUse(ctx.db, ctx.workspace.id, link.id, { view, now: at });
  const since = new Date(now.getTime() - HOUR).toISOString();
  if (view && (await recentView(ctx.db, ctx.workspace.id, link.id, contactId, since))) return;
  await insertActivity(ctx.db, {
    id: newId(),
    workspace_id: ctx.workspace.id,
    link_id: link.id,
    subject_type: link.subject.type,
    subject_id: link.subject.id,
    kind,
    contact_id: contactId,
    detail,
    at,
  });
}

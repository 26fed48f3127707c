import type { CheckinPrep } from '@trustcircle/contracts';
import { authorize } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { addDays } from '../../platform/dates.ts';
import { loadAccount } from '../accounts/index.ts';
import { listMentionFacts } from '../contacts/index.ts';
import { listPromises } from '../promises/index.ts';
import { listTimeline } from '../timeline/index.ts';
import { getAccountUsage } from '../usage/index.ts';
import { workspaceToday } from '../workspaces/index.ts';
import { loadCadenceAccount } from './account.ts';
import { describeCadence } from './describeCadence.ts';
import { loadCheckinRow } from './load.ts';
import { byPriority, presentCheckin, presentNeed } from './presenters.ts';
import { findLastDoneCheckinRow, needRowsOfAccount } from './repository/index.ts';
import { readCadenceDefaults } from './settings.ts';

const TIMELINE_LIMIT = 100;

/**
 * One page to read before a check-in: what to mention, what was promised, what they need,
 * how they use the product, and what happened since the last check-in.
 */
export async function getCheckinPrep({
  ctx,
  checkinId,
}: {
  ctx: Ctx;
  checkinId: string;
}): Promise<CheckinPrep> {
  authorize(ctx.actor, 'work:read');
  const row = await loadCheckinRow(ctx, checkinId);
  const accountId = row.account_id;
  const today = await workspaceToday(ctx);
  const present = presentCheckin(today);
  const lastDone = await findLastDoneCheckinRow(ctx.db, ctx.workspace.id, accountId, row.id);
  const since = lastDone?.held_on ?? addDays(today, -30);
  const [account, cadenceAccount, defaults] = await Promise.all([
    loadAccount(ctx, accountId),
    loadCadenceAccount(ctx, accountId),
    readCadenceDefaults(ctx),
  ]);
  const [rapport, promises, needs, usage, timeline, cadence] = await Promise.all([
    listMentionFacts(ctx, accountId),
    listPromises({ ctx, input: { accountId, active: true, limit: 200 } }),
    needRowsOfAccount(ctx.db, ctx.workspace.id, accountId, ['open', 'being_addressed']),
    getAccountUsage({ ctx, accountId, input: { from: addDays(today, -29), to: today } }),
    listTimeline({ ctx, accountId, input: { limit: TIMELINE_LIMIT } }),
    describeCadence(ctx, cadenceAccount, defaults, today),
  ]);
  // After the last check-in: its own entry (and that day's) were talked about there.
  const recent = timeline.data.filter((e) =>
    lastDone ? e.occurredAt.slice(0, 10) > since : e.occurredAt.slice(0, 10) >= since,
  );
  return {
    checkin: present(row),
    account,
    cadence,
    lastCheckin: lastDone ? present(lastDone) : null,
    since,
    rapport,
    promises: promises.data,
    needs: needs.map(presentNeed).sort(byPriority),
    usage,
    timeline: recent,
    timelineTruncated: recent.length === timeline.data.length && timeline.nextCursor !== null,
  };
}

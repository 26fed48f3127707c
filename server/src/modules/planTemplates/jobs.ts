import type { Phase, Stage } from '@trustcircle/contracts';
import type { Ctx } from '../../platform/context.ts';
import { todayIn } from '../../platform/dates.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { DomainError } from '../../platform/errors.ts';
import type { JobContext, JobRegistry } from '../../platform/jobs/registry.ts';
import { systemCtx } from '../../platform/jobs/systemCtx.ts';
import { loadAccount } from '../accounts/index.ts';
import { activePlanFromTemplate } from '../plans/index.ts';
import { assertActiveMember } from '../users/index.ts';
import { findWorkspace } from '../workspaces/index.ts';
import { type TemplateRow, templatesStartingOn } from './repository.ts';
import { planFromTemplate } from './startPlanFromTemplate.ts';

export const AUTOSTART_JOB = 'plan_templates.autostart';

/** What a committed stage change tells the job: the stage or phase the account entered. */
export type Entered = { accountId: string; stage: Stage | null; phase: Phase | null; at: string };

type StageChanged = {
  subject?: { id?: string };
  data?: { from?: Stage; to?: Stage; fromPhase?: Phase | null; toPhase?: Phase | null };
};

/** The entry a stage change is, or null when it entered nothing a template can start on. */
export function enteredBy(payload: unknown, at: string): Entered | null {
  const p = payload as StageChanged;
  const accountId = p.subject?.id;
  const d = p.data ?? {};
  if (!accountId) return null;
  const stage = d.to && d.to !== d.from ? d.to : null;
  const phase = d.toPhase && d.toPhase !== d.fromPhase ? d.toPhase : null;
  return stage || phase ? { accountId, stage, phase, at } : null;
}

/**
 * Starts a plan from each template naming the stage or phase the account entered, unless the
 * account already has an active plan from that template (so a retried job, or an account
 * coming back, gets none twice), or has left that stage or phase by the time the job runs.
 * Each plan is counted from the day of the move in the workspace's time zone. One template's
 * failure does not hold back the others; the job then fails, to be retried.
 */
export async function startPlansOnEntry(jctx: JobContext, entered: Entered): Promise<number> {
  const workspaceId = jctx.job.workspaceId;
  const ws = workspaceId ? await findWorkspace(jctx.db, workspaceId) : null;
  if (!ws) return 0;
  const templates = await templatesStartingOn(jctx.db, ws.id, entered);
  if (templates.length === 0) return 0;
  const ctx = systemCtx(jctx, { id: ws.id, name: ws.name }, 'plan template');
  const startsOn = todayIn(ws.timezone || 'UTC', new Date(entered.at));
  let started = 0;
  let failed = 0;
  for (const template of templates) {
    try {
      const made = await inTransaction(ctx, (tx) => startOne(tx, template, entered, startsOn));
      if (made) started++;
    } catch (err) {
      failed++;
      jctx.log.error(
        { err, templateId: template.id, accountId: entered.accountId },
        'plan template start failed',
      );
    }
  }
  if (failed) throw new Error(`${failed} plan template(s) could not start a plan`);
  return started;
}

async function startOne(
  tx: Ctx,
  template: TemplateRow,
  entered: Entered,
  startsOn: string,
): Promise<boolean> {
  let account: Awaited<ReturnType<typeof loadAccount>>;
  try {
    account = await loadAccount(tx, entered.accountId);
  } catch (e) {
    if (e instanceof DomainError && e.code === 'NOT_FOUND') return false; // deleted since
    throw e;
  }
  const stillThere =
    (template.starts_on_stage !== null && account.stage === template.starts_on_stage) ||
    (template.starts_on_phase !== null && account.phase === template.starts_on_phase);
  if (!stillThere) return false;
  if (await activePlanFromTemplate(tx.db, tx.workspace.id, account.id, template.id)) return false;
  await planFromTemplate(tx, template, {
    accountId: account.id,
    startsOn,
    ownerId: await activeOwner(tx, account.owner?.id ?? null),
  });
  return true;
}

/** The account's owner runs the plan, unless they have left the workspace. */
async function activeOwner(tx: Ctx, userId: string | null) {
  try {
    await assertActiveMember(tx, userId, 'ownerId');
    return userId;
  } catch (e) {
    if (e instanceof DomainError && e.code === 'VALIDATION') return null;
    throw e;
  }
}

export function registerPlanTemplateJobs(registry: JobRegistry) {
  registry.subscribe('account.stage_changed', (event) => {
    const entered = enteredBy(event.payload, event.createdAt);
    return entered ? [{ type: AUTOSTART_JOB, payload: entered }] : [];
  });
  registry.handle({
    type: AUTOSTART_JOB,
    run: async (jctx, payload) => void (await startPlansOnEntry(jctx, payload as Entered)),
  });
}

import { type Plan, PlanFromTemplate } from '@trustcircle/contracts';
import { authorize } from '../../platform/auth/permissions.ts';
import { actingUserId, type Ctx } from '../../platform/context.ts';
import type { Day } from '../../platform/dates.ts';
import { flag } from '../../platform/db/json.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { fieldError } from '../../platform/errors.ts';
import { parseInput } from '../../platform/validation.ts';
import { findLeadContactId } from '../contacts/index.ts';
import { createPlan } from '../plans/index.ts';
import { workspaceToday } from '../workspaces/index.ts';
import { findNamedTemplate } from './load.ts';
import { planInput } from './planInput.ts';
import { bodyOf } from './presenters.ts';
import type { TemplateRow } from './repository.ts';

/**
 * Starts a plan for an account from a template: every date counted from `startsOn` (default
 * today), vendor tasks owned by the plan's owner (default: you), customer tasks by the
 * customer's lead person (default: the account's primary contact).
 */
export async function startPlanFromTemplate({ ctx, input }: { ctx: Ctx; input: unknown }): Promise<Plan> {
  authorize(ctx.actor, 'work:write');
  const data = parseInput(PlanFromTemplate, input);
  return inTransaction(ctx, async (tx) => {
    const template = await findNamedTemplate(tx, data.templateId);
    if (flag(template.archived))
      throw fieldError('templateId', 'that template is archived; restore it to start plans from it');
    return planFromTemplate(tx, template, {
      accountId: data.accountId,
      startsOn: data.startsOn ?? (await workspaceToday(tx)),
      ownerId: data.ownerId === undefined ? actingUserId(tx.actor) : data.ownerId,
      ...(data.customerOwnerId === undefined ? {} : { customerOwnerId: data.customerOwnerId }),
      title: data.title,
    });
  });
}

/**
 * The plan a template gives, made by the plans module inside the caller's transaction. The
 * customer's tasks go to the person given, else to the account's lead contact.
 */
export async function planFromTemplate(
  tx: Ctx,
  template: TemplateRow,
  plan: {
    accountId: string;
    startsOn: Day;
    ownerId: string | null;
    customerOwnerId?: string | null;
    title?: string | undefined;
  },
): Promise<Plan> {
  const customerOwnerId =
    plan.customerOwnerId === undefined
      ? await findLeadContactId(tx.db, tx.workspace.id, plan.accountId)
      : plan.customerOwnerId;
  const input = planInput({ ...template, body: bodyOf(template) }, { ...plan, customerOwnerId });
  return createPlan({ ctx: tx, input, templateId: template.id });
}

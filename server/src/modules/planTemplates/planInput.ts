import type { PlanCreate } from '@trustcircle/contracts';
import { addDays, type Day } from '../../platform/dates.ts';
import type { TemplateBody } from './graph.ts';

/**
 * The plan a template gives, pure, as the plans module takes it: milestones dated from the
 * start, tasks keeping their refs, relative due dates and dependencies. Vendor tasks go to
 * the plan's owner, customer tasks to the customer's lead person (so the customer's first visit
 * to a shared plan names who does what), or to nobody until the CSM picks a contact.
 */
export function planInput(
  template: { kind: PlanCreate['kind']; title: string; goal: string | null; body: TemplateBody },
  plan: {
    accountId: string;
    startsOn: Day;
    ownerId: string | null;
    customerOwnerId: string | null;
    title?: string | undefined;
  },
): PlanCreate {
  const { body } = template;
  return {
    accountId: plan.accountId,
    kind: template.kind,
    title: plan.title ?? template.title,
    goal: template.goal,
    startsOn: plan.startsOn,
    ownerId: plan.ownerId,
    milestones: body.milestones.map((m) => ({
      title: m.title,
      dueOn: m.dueDays === null ? null : addDays(plan.startsOn, m.dueDays),
    })),
    tasks: body.tasks.map((t) => ({
      ref: t.ref,
      title: t.title,
      detail: t.detail,
      ownerSide: t.ownerSide,
      ...(t.ownerSide === 'vendor' && plan.ownerId ? { ownerUserId: plan.ownerId } : {}),
      ...(t.ownerSide === 'customer' && plan.customerOwnerId ? { ownerContactId: plan.customerOwnerId } : {}),
      ...(t.milestone === null ? {} : { milestone: t.milestone }),
      ...(t.dueRule ? { dueRule: t.dueRule } : {}),
      dependsOn: t.dependsOn,
      internal: t.internal,
    })),
  };
}

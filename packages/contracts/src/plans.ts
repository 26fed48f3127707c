import { z } from 'zod';
import {
  AccountRef,
  csv,
  Id,
  IsoDate,
  IsoDateTime,
  OptionalText,
  PageQuery,
  Person,
  page,
  Text,
} from './common.ts';

export const PLAN_KINDS = ['onboarding', 'expansion', 'renewal', 'recovery', 'custom'] as const;
export const PlanKind = z.enum(PLAN_KINDS);
export type PlanKind = z.infer<typeof PlanKind>;

/** The plan's own lifecycle; how it is going (on track, at risk, stalled) is computed. */
export const PLAN_STATUSES = ['active', 'completed', 'archived'] as const;
export const PlanStatus = z.enum(PLAN_STATUSES);
export type PlanStatus = z.infer<typeof PlanStatus>;

export const PLAN_HEALTH = ['on_track', 'at_risk', 'stalled'] as const;
export const PlanHealth = z.enum(PLAN_HEALTH);
export type PlanHealth = z.infer<typeof PlanHealth>;

export const PLAN_TASK_STATUSES = ['not_started', 'in_progress', 'blocked', 'done', 'skipped'] as const;
export const PlanTaskStatus = z.enum(PLAN_TASK_STATUSES);
export type PlanTaskStatus = z.infer<typeof PlanTaskStatus>;

export const OwnerSide = z.enum(['vendor', 'customer']);
export type OwnerSide = z.infer<typeof OwnerSide>;

const Days = z.number().int().min(-3650).max(3650).describe('calendar days after (negative: before)');

/** A relative due date: so many days from the plan's start or from another task's due date. */
export const DueRule = z
  .discriminatedUnion('from', [
    z.object({ from: z.literal('plan_start'), days: Days }).strict(),
    z.object({ from: z.literal('task'), taskId: Id, days: Days }).strict(),
  ])
  .meta({ id: 'PlanDueRule' });
export type DueRule = z.infer<typeof DueRule>;

const taskFields = {
  title: Text(300),
  detail: OptionalText(4000),
  ownerSide: OwnerSide,
  ownerUserId: Id.nullish().describe('the team member who owns it (vendor side)'),
  ownerContactId: Id.nullish().describe("the account's contact who owns it (customer side)"),
  dueOn: IsoDate.nullish().describe('an absolute due date'),
  internal: z.boolean().default(false).describe('never shown to the customer'),
};

/** A task inside a new plan: `ref` names it so later tasks can depend on it or be dated from it. */
export const PlanTaskDraft = z
  .object({
    ...taskFields,
    ref: z.string().trim().min(1).max(40).optional().describe('a name for this task within the request'),
    milestone: z.number().int().min(0).optional().describe("the index of its milestone in the plan's list"),
    dueRule: z
      .discriminatedUnion('from', [
        z.object({ from: z.literal('plan_start'), days: Days }).strict(),
        z.object({ from: z.literal('task'), taskRef: z.string().min(1).max(40), days: Days }).strict(),
      ])
      .optional(),
    dependsOn: z.array(z.string().min(1).max(40)).max(50).default([]).describe('refs of earlier tasks'),
  })
  .strict()
  .meta({ id: 'PlanTaskDraft' });

export const PlanMilestoneDraft = z
  .object({ title: Text(300), dueOn: IsoDate.nullish() })
  .strict()
  .meta({ id: 'PlanMilestoneDraft' });

export const PlanCreate = z
  .object({
    accountId: Id,
    kind: PlanKind.default('custom'),
    title: Text(300),
    goal: OptionalText(4000),
    startsOn: IsoDate.optional().describe('default: today'),
    ownerId: Id.nullish().describe('the team member who runs the plan (default: you)'),
    milestones: z.array(PlanMilestoneDraft).max(50).default([]),
    tasks: z.array(PlanTaskDraft).max(200).default([]),
  })
  .strict()
  .meta({ id: 'PlanCreate' });
export type PlanCreate = z.input<typeof PlanCreate>;

export const PlanUpdate = z
  .object({
    kind: PlanKind.optional(),
    title: Text(300).optional(),
    goal: OptionalText(4000).optional(),
    startsOn: IsoDate.optional(),
    ownerId: Id.nullish(),
    status: PlanStatus.optional(),
  })
  .strict()
  .meta({ id: 'PlanUpdate' });
export type PlanUpdate = z.input<typeof PlanUpdate>;

export const PlanTaskCreate = z
  .object({
    ...taskFields,
    milestoneId: Id.nullish(),
    dueRule: DueRule.nullish(),
    dependsOn: z.array(Id).max(50).default([]),
  })
  .strict()
  .meta({ id: 'PlanTaskCreate' });
export type PlanTaskCreate = z.input<typeof PlanTaskCreate>;

export const PlanTaskUpdate = z
  .object({
    title: taskFields.title.optional(),
    detail: taskFields.detail.optional(),
    ownerSide: OwnerSide.optional(),
    ownerUserId: Id.nullish(),
    ownerContactId: Id.nullish(),
    milestoneId: Id.nullish(),
    dueOn: IsoDate.nullish(),
    dueRule: DueRule.nullish(),
    internal: z.boolean().optional(),
    status: PlanTaskStatus.optional(),
    dependsOn: z.array(Id).max(50).optional().describe('replaces the list'),
  })
  .strict()
  .meta({ id: 'PlanTaskUpdate' });
export type PlanTaskUpdate = z.input<typeof PlanTaskUpdate>;

export const PlanTaskOwner = z
  .object({ type: z.enum(['member', 'contact']), id: Id, name: z.string() })
  .meta({ id: 'PlanTaskOwner' });

export const PlanTask = z
  .object({
    id: Id,
    planId: Id,
    milestoneId: Id.nullable(),
    title: z.string(),
    detail: z.string().nullable(),
    ownerSide: OwnerSide,
    owner: PlanTaskOwner.nullable(),
    dueOn: IsoDate.nullable(),
    dueRule: DueRule.nullable(),
    status: PlanTaskStatus,
    internal: z.boolean(),
    position: z.number().int(),
    doneOn: IsoDate.nullable(),
    dependsOn: z.array(Id),
    locked: z.boolean().describe('a task it depends on is neither done nor skipped'),
    overdue: z.boolean().describe('still open and its due date has passed'),
    daysOverdue: z.number().int().min(0),
    createdAt: IsoDateTime,
    updatedAt: IsoDateTime,
  })
  .meta({ id: 'PlanTask' });
export type PlanTask = z.infer<typeof PlanTask>;

export const PlanMilestone = z
  .object({
    id: Id,
    title: z.string(),
    position: z.number().int(),
    dueOn: IsoDate.nullable(),
    completedAt: IsoDateTime.nullable(),
    rating: z
      .object({
        score: z.number().int().min(1).max(5),
        comment: z.string().nullable(),
        by: z.object({ id: Id, name: z.string() }).nullable().describe('the contact, when known'),
        at: IsoDateTime,
      })
      .nullable()
      .describe("the customer's rating of the completed milestone, from the share page"),
  })
  .meta({ id: 'PlanMilestone' });
export type PlanMilestone = z.infer<typeof PlanMilestone>;

export const PlanSummary = z
  .object({
    id: Id,
    account: AccountRef,
    kind: PlanKind,
    title: z.string(),
    goal: z.string().nullable(),
    startsOn: IsoDate,
    status: PlanStatus,
    owner: Person.nullable(),
    templateId: Id.nullable().describe('the template the plan was started from'),
    createdAt: IsoDateTime,
    updatedAt: IsoDateTime,
  })
  .meta({ id: 'PlanSummary' });
export type PlanSummary = z.infer<typeof PlanSummary>;

export const Plan = PlanSummary.extend({
  health: PlanHealth,
  milestones: z.array(PlanMilestone),
  tasks: z.array(PlanTask),
}).meta({ id: 'Plan' });
export type Plan = z.infer<typeof Plan>;

export const PlanListQuery = PageQuery.extend({
  accountId: Id.optional(),
  status: csv(PLAN_STATUSES).optional().describe('one or more statuses, comma-separated'),
});
export type PlanListQuery = z.input<typeof PlanListQuery>;
export const PlanPage = page(PlanSummary).meta({ id: 'PlanPage' });
export type PlanPage = z.infer<typeof PlanPage>;

export const PlanCommentCreate = z
  .object({ body: Text(4000) })
  .strict()
  .meta({ id: 'PlanCommentCreate' });
export type PlanCommentCreate = z.input<typeof PlanCommentCreate>;

export const PlanComment = z
  .object({
    id: Id,
    taskId: Id,
    body: z.string(),
    by: z.object({ type: z.string(), id: z.string().nullable(), name: z.string().nullable() }),
    createdAt: IsoDateTime,
  })
  .meta({ id: 'PlanComment' });
export type PlanComment = z.infer<typeof PlanComment>;
export const PlanComments = z.object({ data: z.array(PlanComment) }).meta({ id: 'PlanComments' });

export const SideAccountability = z
  .object({
    due: z.number().int().describe('tasks that came due so far (done, or past their due date)'),
    doneOnTime: z.number().int(),
    doneLate: z.number().int(),
    overdue: z.number().int().describe('past due and still open'),
    onTimeRate: z.number().nullable().describe('done on time ÷ due, 0–1; null when nothing came due'),
    daysOverdue: z.number().int().describe('days overdue summed over the open overdue tasks'),
    maxDaysOverdue: z.number().int(),
  })
  .meta({ id: 'SideAccountability' });
export type SideAccountability = z.infer<typeof SideAccountability>;

export const PlanAccountability = z
  .object({
    planId: Id,
    today: IsoDate,
    vendor: SideAccountability,
    customer: SideAccountability,
    health: PlanHealth,
  })
  .meta({ id: 'PlanAccountability' });
export type PlanAccountability = z.infer<typeof PlanAccountability>;

export const AccountPlanAccountability = z
  .object({
    account: AccountRef,
    today: IsoDate,
    plans: z.number().int().describe('active plans counted'),
    vendor: SideAccountability,
    customer: SideAccountability,
    health: PlanHealth.describe('the worst of its active plans'),
  })
  .meta({ id: 'AccountPlanAccountability' });
export type AccountPlanAccountability = z.infer<typeof AccountPlanAccountability>;

const MilestonePosition = z
  .number()
  .int()
  .min(0)
  .max(1000)
  .describe("its place among the plan's milestones, from 0 (a larger number puts it last)");

/** A milestone added to an existing plan; it goes last unless a position is given. */
export const PlanMilestoneCreate = z
  .object({ title: Text(300), dueOn: IsoDate.nullish(), position: MilestonePosition.optional() })
  .strict()
  .meta({ id: 'PlanMilestoneCreate' });
export type PlanMilestoneCreate = z.input<typeof PlanMilestoneCreate>;

export const PlanMilestoneUpdate = z
  .object({
    title: Text(300).optional(),
    dueOn: IsoDate.nullish(),
    position: MilestonePosition.optional().describe('moves it; the others close up around it'),
  })
  .strict()
  .meta({ id: 'PlanMilestoneUpdate' });
export type PlanMilestoneUpdate = z.input<typeof PlanMilestoneUpdate>;

export const PlanTaskListQuery = z.object({
  ownerSide: OwnerSide.optional().describe("only the vendor's or only the customer's tasks"),
  status: csv(PLAN_TASK_STATUSES).optional().describe('one or more statuses, comma-separated'),
});
export type PlanTaskListQuery = z.input<typeof PlanTaskListQuery>;
export const PlanTasks = z.object({ data: z.array(PlanTask) }).meta({ id: 'PlanTasks' });
export type PlanTasks = z.infer<typeof PlanTasks>;

import { z } from 'zod';
import { Phase, Stage } from './accounts.ts';
import { Id, IsoDate, IsoDateTime, OptionalText, Person, QueryBool, Text } from './common.ts';
import { OwnerSide, PlanKind, PlanTaskDraft } from './plans.ts';

/**
 * Plan templates: a plan's milestones and tasks with dates relative to its start, to start
 * plans from by hand or when an account enters a lifecycle stage or phase. A template names
 * no people and no calendar days: vendor tasks go to the plan's owner, customer tasks wait
 * for the CSM to pick a contact, and every date is worked out from the plan's start.
 */

const Ref = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(40)
  .describe('a name for the task within the template, for dependencies and relative dates');

const Days = z.number().int().min(0).max(3650);

/** How a template dates a task: days after the plan's start, or after another task's due date. */
export const PlanTemplateDueRule = z
  .discriminatedUnion('from', [
    z.object({ from: z.literal('plan_start'), days: Days.describe('days after the plan starts') }).strict(),
    z
      .object({
        from: z.literal('task'),
        taskRef: Ref.describe('the ref of the task it follows'),
        days: Days.describe("days after that task's due date"),
      })
      .strict(),
  ])
  .meta({ id: 'PlanTemplateDueRule' });
export type PlanTemplateDueRule = z.infer<typeof PlanTemplateDueRule>;

/** A milestone of a template as it is sent: due so many days after the plan starts, or not at all. */
export const PlanTemplateMilestoneDraft = z
  .object({
    title: PlanTaskDraft.shape.title,
    dueDays: Days.nullish().describe('due so many days after the plan starts (none: no due date)'),
  })
  .strict()
  .meta({ id: 'PlanTemplateMilestoneDraft' });
export type PlanTemplateMilestoneDraft = z.input<typeof PlanTemplateMilestoneDraft>;

/** A task of a template as it is sent: a plan task draft without owners or absolute dates. */
export const PlanTemplateTaskDraft = z
  .object({
    ref: Ref,
    title: PlanTaskDraft.shape.title,
    detail: OptionalText(4000),
    ownerSide: OwnerSide,
    milestone: z
      .number()
      .int()
      .min(0)
      .nullish()
      .describe("the index of its milestone in the template's list"),
    dueRule: PlanTemplateDueRule.nullish().describe('none: the task has no due date'),
    dependsOn: z.array(Ref).max(50).default([]).describe('refs of the tasks that must be done first'),
    internal: z.boolean().default(false).describe('never shown to the customer'),
  })
  .strict()
  .meta({ id: 'PlanTemplateTaskDraft' });
export type PlanTemplateTaskDraft = z.input<typeof PlanTemplateTaskDraft>;

export const PlanTemplateMilestone = z
  .object({ title: z.string(), dueDays: z.number().int().nullable() })
  .meta({ id: 'PlanTemplateMilestone' });
export type PlanTemplateMilestone = z.infer<typeof PlanTemplateMilestone>;

export const PlanTemplateTask = z
  .object({
    ref: z.string(),
    title: z.string(),
    detail: z.string().nullable(),
    ownerSide: OwnerSide,
    milestone: z.number().int().nullable(),
    dueRule: PlanTemplateDueRule.nullable(),
    dependsOn: z.array(z.string()),
    internal: z.boolean(),
  })
  .meta({ id: 'PlanTemplateTask' });
export type PlanTemplateTask = z.infer<typeof PlanTemplateTask>;

/** Starting automatically: a lifecycle stage, or a phase inside `customer`, never both. */
const startFields = {
  startsOnStage: Stage.nullish().describe('an account entering this stage gets a plan from the template'),
  startsOnPhase: Phase.nullish().describe('a customer entering this phase gets a plan from the template'),
};
const oneStart = (v: { startsOnStage?: unknown; startsOnPhase?: unknown }) =>
  !(v.startsOnStage && v.startsOnPhase);
const oneStartIssue = {
  message: 'a template starts on a stage or on a phase, not both',
  path: ['startsOnPhase'],
};

const templateFields = {
  name: Text(100).describe('what the template is called in the list'),
  kind: PlanKind.default('custom'),
  title: Text(300).optional().describe("the title of the plans it starts (default: the template's name)"),
  goal: OptionalText(4000),
  milestones: z.array(PlanTemplateMilestoneDraft).max(50).default([]),
  tasks: z.array(PlanTemplateTaskDraft).max(200).default([]),
};

export const PlanTemplateCreate = z
  .object({ ...templateFields, ...startFields })
  .strict()
  .refine(oneStart, oneStartIssue)
  .meta({
    id: 'PlanTemplateCreate',
    examples: [
      {
        name: 'Onboarding plan',
        kind: 'onboarding',
        milestones: [{ title: 'Kickoff', dueDays: 7 }],
        tasks: [
          {
            ref: 'kickoff',
            title: 'Kickoff call',
            ownerSide: 'vendor',
            dueRule: { from: 'plan_start', days: 3 },
          },
          {
            ref: 'sso',
            title: 'Set up single sign-on',
            ownerSide: 'customer',
            milestone: 0,
            dueRule: { from: 'task', taskRef: 'kickoff', days: 7 },
            dependsOn: ['kickoff'],
          },
        ],
        startsOnPhase: 'onboarding',
      },
    ],
  });
export type PlanTemplateCreate = z.input<typeof PlanTemplateCreate>;

export const PlanTemplateUpdate = z
  .object({
    name: templateFields.name.optional(),
    kind: PlanKind.optional(),
    title: Text(300).optional(),
    goal: OptionalText(4000).optional(),
    milestones: z.array(PlanTemplateMilestoneDraft).max(50).optional().describe('replaces the list'),
    tasks: z.array(PlanTemplateTaskDraft).max(200).optional().describe('replaces the list'),
    ...startFields,
    archived: z.boolean().optional().describe('archived templates start no plans; false restores one'),
  })
  .strict()
  .refine(oneStart, oneStartIssue)
  .meta({ id: 'PlanTemplateUpdate' });
export type PlanTemplateUpdate = z.input<typeof PlanTemplateUpdate>;

export const PlanTemplate = z
  .object({
    id: Id,
    name: z.string(),
    kind: PlanKind,
    title: z.string(),
    goal: z.string().nullable(),
    milestones: z.array(PlanTemplateMilestone),
    tasks: z.array(PlanTemplateTask),
    startsOnStage: Stage.nullable(),
    startsOnPhase: Phase.nullable(),
    archived: z.boolean(),
    createdBy: Person.nullable(),
    createdAt: IsoDateTime,
    updatedAt: IsoDateTime,
  })
  .meta({ id: 'PlanTemplate' });
export type PlanTemplate = z.infer<typeof PlanTemplate>;

export const PlanTemplateListQuery = z.object({
  archived: QueryBool.default(false).describe('true lists the archived templates too'),
});
export type PlanTemplateListQuery = z.input<typeof PlanTemplateListQuery>;

export const PlanTemplates = z.object({ data: z.array(PlanTemplate) }).meta({ id: 'PlanTemplates' });
export type PlanTemplates = z.infer<typeof PlanTemplates>;

/** Starts a plan for an account from a template; the rest of the plan is the template's. */
export const PlanFromTemplate = z
  .object({
    templateId: Id,
    accountId: Id,
    startsOn: IsoDate.optional().describe('default: today; every date of the plan is counted from it'),
    ownerId: Id.nullish().describe(
      'the team member who runs the plan and owns its vendor tasks (default: you)',
    ),
    customerOwnerId: Id.nullish().describe(
      "the customer's contact who owns their side's tasks (default: the account's primary contact; null: nobody yet)",
    ),
    title: Text(300).optional().describe("default: the template's plan title"),
  })
  .strict()
  .meta({ id: 'PlanFromTemplate' });
export type PlanFromTemplate = z.input<typeof PlanFromTemplate>;

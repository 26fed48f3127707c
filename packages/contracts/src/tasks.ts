import { z } from 'zod';
import { Checkin } from './checkins.ts';
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
  QueryBool,
  Text,
  WorkListFilters,
} from './common.ts';
import { PlanTask } from './plans.ts';
import { PromiseSchema as Promise_ } from './promises.ts';

export const TASK_PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export const TaskPriority = z.enum(TASK_PRIORITIES);
export type TaskPriority = z.infer<typeof TaskPriority>;

export const TASK_SOURCES = [
  'manual',
  'playbook',
  'promise',
  'checkin',
  'need',
  'survey',
  'incident',
] as const;
export const TaskSource = z.enum(TASK_SOURCES);
export type TaskSource = z.infer<typeof TaskSource>;

export const TASK_STATUSES = ['open', 'done'] as const;
export const TaskStatus = z.enum(TASK_STATUSES);

export const TaskCreate = z
  .object({
    title: Text(300),
    detail: OptionalText(4000),
    accountId: Id.nullish(),
    ownerId: Id.nullish().describe('who does it (default: you)'),
    dueOn: IsoDate.nullish(),
    priority: TaskPriority.default('normal'),
  })
  .strict()
  .meta({
    id: 'TaskCreate',
    examples: [{ title: 'Send the QBR deck', dueOn: '2026-12-04', priority: 'high' }],
  });
export type TaskCreate = z.input<typeof TaskCreate>;

export const TaskUpdate = z
  .object({
    title: Text(300).optional(),
    detail: OptionalText(4000).optional(),
    accountId: Id.nullish(),
    ownerId: Id.nullish(),
    dueOn: IsoDate.nullish(),
    priority: TaskPriority.optional(),
    status: TaskStatus.optional().describe('done, or open again'),
    snoozedUntil: IsoDate.nullish().describe('hide it from "my work" until this day; null wakes it'),
  })
  .strict()
  .meta({ id: 'TaskUpdate' });
export type TaskUpdate = z.input<typeof TaskUpdate>;

export const Task = z
  .object({
    id: Id,
    title: z.string(),
    detail: z.string().nullable(),
    account: AccountRef.nullable(),
    owner: Person.nullable(),
    dueOn: IsoDate.nullable(),
    priority: TaskPriority,
    source: TaskSource,
    sourceRef: z.string().nullable(),
    status: TaskStatus,
    snoozedUntil: IsoDate.nullable(),
    snoozed: z.boolean().describe('snoozed until a day after today'),
    overdue: z.boolean(),
    doneAt: IsoDateTime.nullable(),
    createdAt: IsoDateTime,
    updatedAt: IsoDateTime,
  })
  .meta({ id: 'Task' });
export type Task = z.infer<typeof Task>;

export const TaskListQuery = PageQuery.extend({
  ...WorkListFilters,
  status: csv(TASK_STATUSES).optional().describe('open, done, or both (default: both)'),
  source: TaskSource.optional(),
  snoozed: QueryBool.optional().describe('false hides tasks snoozed past today'),
  count: QueryBool.optional().describe('also return the total number of matches'),
});
export type TaskListQuery = z.input<typeof TaskListQuery>;
export const TaskPage = page(Task).meta({ id: 'TaskPage' });
export type TaskPage = z.infer<typeof TaskPage>;

export const MyWorkQuery = z
  .object({
    ownerId: Id.optional().describe('whose work (default: the signed-in user; an API key must say)'),
    days: z.coerce
      .number()
      .int()
      .min(0)
      .max(31)
      .default(7)
      .describe('how far ahead to look for check-ins and promises'),
  })
  .strict();
export type MyWorkQuery = z.input<typeof MyWorkQuery>;

/** A plan task on someone's list, with the plan and account it belongs to. */
export const MyPlanTask = PlanTask.extend({
  plan: z.object({ id: Id, title: z.string() }),
  account: AccountRef,
}).meta({ id: 'MyPlanTask' });
export type MyPlanTask = z.infer<typeof MyPlanTask>;

export const MyWork = z
  .object({
    today: IsoDate.describe("today in the workspace's time zone"),
    until: IsoDate.describe('the last day looked at for check-ins, promises and plan tasks'),
    tasks: z.array(Task).describe('open tasks due today or overdue, not snoozed'),
    checkins: z.array(Checkin).describe('scheduled check-ins that are overdue or due by `until`'),
    promises: z.array(Promise_).describe('promises still owed that are overdue or due by `until`'),
    planTasks: z
      .array(MyPlanTask)
      .describe('their open vendor-side tasks in active plans, overdue or due by `until`'),
    counts: z.object({
      overdueTasks: z.number().int(),
      overdueCheckins: z.number().int(),
      overduePromises: z.number().int(),
      overduePlanTasks: z.number().int(),
    }),
  })
  .meta({ id: 'MyWork' });
export type MyWork = z.infer<typeof MyWork>;

export const CalendarFeed = z
  .object({
    active: z.boolean(),
    createdAt: IsoDateTime.nullable(),
    lastReadAt: IsoDateTime.nullable().describe('when a calendar app last fetched it'),
  })
  .meta({ id: 'CalendarFeed' });
export type CalendarFeed = z.infer<typeof CalendarFeed>;

export const CalendarFeedLink = z
  .object({
    url: z.string().describe('paste into Google Calendar (From URL) or Outlook (Subscribe from web)'),
    webcalUrl: z.string().describe('opens the calendar app on this device'),
    createdAt: IsoDateTime,
  })
  .meta({ id: 'CalendarFeedLink' });
export type CalendarFeedLink = z.infer<typeof CalendarFeedLink>;

import type { Faker } from '@faker-js/faker';
import type { OwnerSide, Phase, PlanKind } from '@trustcircle/contracts';
import { phaseAt } from './journey.ts';
import { MAP_COMMENTS, MAP_TEMPLATES, type MapTemplate } from './mapTexts.ts';
import type { PlannedAccount } from './plan.ts';
import { addDay, DAY, dayAt, isoDate } from './util.ts';

/**
 * Mutual action plans for the demo, pure and deterministic like the rest of the plan: which
 * customers have one, its tasks on both sides, and what happened to each task so far (done on
 * time, done late, still open), so the plans' health and each side's on-time rate come out as
 * they would in a real book: most plans on track, some at risk, one or two stalled.
 */

export type TaskOwner =
  /** the account's CSM (the admin, for the admin's own book) */
  | { kind: 'csm' }
  /** another team member, by index into the demo's members */
  | { kind: 'member'; index: number }
  /** one of the account's contacts, by index */
  | { kind: 'contact'; index: number };

export type PlannedMapTask = {
  title: string;
  detail: string | null;
  side: OwnerSide;
  owner: TaskOwner;
  internal: boolean;
  milestone: number;
  /** a relative due date, as a template gives it: days after the plan's start… */
  days: number;
  /** …and the day that makes it */
  dueOn: string;
  /** indexes of earlier tasks of the plan */
  dependsOn: number[];
  /** status changes, oldest first, each on a day before today */
  moves: Array<{ on: string; status: 'in_progress' | 'blocked' | 'done' }>;
};
export type PlannedMapComment = { task: number; side: OwnerSide; body: string; on: string };
export type PlannedActionPlan = {
  kind: PlanKind;
  title: string;
  goal: string;
  startsOn: string;
  createdAt: Date;
  milestones: Array<{ title: string; dueOn: string }>;
  tasks: PlannedMapTask[];
  comments: PlannedMapComment[];
  /** the health it was planned to have today */
  mood: Mood;
  /** the CSM's task due in the coming days that the plan was dated around; it stays open */
  focus: number | null;
};
type Mood = 'on_track' | 'at_risk' | 'stalled';

/** The later and the earlier of two days. */
const later = (a: string, b: string) => (a > b ? a : b);
const earlier = (a: string, b: string) => (a < b ? a : b);

/**
 * How likely a customer in each phase is to have an active plan: every onboarding customer
 * (the starter onboarding template starts one by itself), most in the trough (a recovery
 * plan), some of the rest.
 */
const SHARE: Record<Phase, number> = { onboarding: 1, trough: 0.7, renewal: 0.4, adoption: 0.3, value: 0.2 };

/** Where a current customer is today, from its journey. */
export function phaseOf(a: PlannedAccount, now: Date): Phase | null {
  if (a.steps.at(-1)?.stage !== 'customer') return null;
  return phaseAt(a.phases, now);
}

/** When the account entered the phase it is in today. */
const phaseSince = (a: PlannedAccount, now: Date): Date =>
  a.phases.filter((p) => p.at.getTime() <= now.getTime()).at(-1)?.at ??
  a.steps.find((s) => s.stage === 'customer')?.at ??
  a.createdAt;

/**
 * Gives about a third of the current customers a plan, and at least two of the admin's own
 * book, so the admin's "My work" and calendar show plan tasks. Called after every account is
 * planned, so the accounts themselves do not change with it.
 */
export function planActionPlans(f: Faker, now: Date, accounts: PlannedAccount[], adminBook: Set<string>) {
  const today = isoDate(now);
  const forced = new Set(
    accounts
      .filter((a) => adminBook.has(a.externalId) && phaseOf(a, now))
      .sort((x, y) => Number(phaseOf(y, now) === 'adoption') - Number(phaseOf(x, now) === 'adoption'))
      .slice(0, 2)
      .map((a) => a.externalId),
  );
  const planned: PlannedActionPlan[] = [];
  for (const a of accounts) {
    const phase = phaseOf(a, now);
    const chosen =
      phase && a.owner !== null && (f.datatype.boolean(SHARE[phase]) || forced.has(a.externalId));
    if (!phase || !chosen) continue;
    a.actionPlan = skeleton(f, now, a, phase, adminBook.has(a.externalId));
    planned.push(a.actionPlan);
  }
  assignMoods(f, today, planned);
  for (const p of planned) settleOutcomes(f, today, p);
}

function templateFor(f: Faker, a: PlannedAccount, phase: Phase): MapTemplate {
  if (phase === 'onboarding' || phase === 'renewal') return MAP_TEMPLATES[phase];
  if (phase === 'trough') return MAP_TEMPLATES.recovery;
  if (a.tags.includes('at-risk')) return MAP_TEMPLATES.recovery;
  if (a.tags.includes('expansion') || phase === 'value') return MAP_TEMPLATES.expansion;
  return f.datatype.boolean(0.3) ? MAP_TEMPLATES.expansion : MAP_TEMPLATES.adoption;
}

/** The plan's shape and dates; what happened to its tasks comes later. */
function skeleton(
  f: Faker,
  now: Date,
  a: PlannedAccount,
  phase: Phase,
  anchored: boolean,
): PlannedActionPlan {
  const t = templateFor(f, a, phase);
  const today = isoDate(now);
  const picked = pickTasks(f, t);
  const won = a.steps.find((s) => s.stage === 'customer')?.at ?? a.createdAt;
  const entered = phaseSince(a, now);
  let startsOn: string;
  let anchor: (typeof picked)[number] | undefined;
  if (phase === 'onboarding') startsOn = isoDate(won);
  else if (phase === 'renewal') startsOn = addDay(a.renewalDate ?? today, -90);
  else if (phase === 'trough')
    startsOn = later(addDay(isoDate(entered), f.number.int({ min: 1, max: 3 })), addDay(today, -30));
  else {
    // Part-way through, started after the phase began: one of the CSM's tasks falls due in the
    // coming days (always so in the admin's book, so their "My work" has a plan task).
    const began = isoDate(entered);
    const since = Math.floor((Date.parse(today) - Date.parse(began)) / DAY);
    const next = picked.filter((x) => x.side === 'vendor' && !x.colleague && x.days >= 10 && x.days <= since);
    anchor = next.length && (anchored || f.datatype.boolean(0.6)) ? f.helpers.arrayElement(next) : undefined;
    startsOn = anchor
      ? addDay(today, f.number.int({ min: 0, max: 5 }) - anchor.days)
      : later(began, addDay(today, -f.number.int({ min: 7, max: 45 })));
  }
  if (startsOn > today) startsOn = today;
  const createdAt =
    phase === 'onboarding'
      ? new Date(Math.min(won.getTime() + 3_600_000, now.getTime() - 60_000))
      : new Date(Math.min(dayAt(addDay(startsOn, -2), 10).getTime(), now.getTime() - 60_000));
  const contacts = a.contacts.length;
  const colleague = ((a.owner ?? 0) + f.number.int({ min: 1, max: 3 })) % 4;
  const index = new Map(picked.map((x, i) => [x.at, i]));
  return {
    kind: t.kind,
    title: t.title(a.name, Number((a.renewalDate ?? today).slice(0, 4))),
    goal: t.goal,
    startsOn,
    createdAt,
    milestones: t.milestones.map((m) => ({ title: m.title, dueOn: addDay(startsOn, m.days) })),
    tasks: picked.map((x) => ({
      title: x.title,
      detail: x.detail ?? null,
      side: x.side,
      owner:
        x.side === 'customer'
          ? {
              kind: 'contact',
              index: f.datatype.boolean(0.5) ? 0 : f.number.int({ min: 0, max: contacts - 1 }),
            }
          : x.colleague
            ? { kind: 'member', index: colleague }
            : { kind: 'csm' },
      internal: x.internal ?? false,
      milestone: x.milestone,
      days: x.days,
      dueOn: addDay(startsOn, x.days),
      dependsOn: (x.after ?? []).flatMap((d) => (index.has(d) ? [index.get(d) as number] : [])),
      moves: [],
    })),
    comments: [],
    mood: 'on_track',
    focus: anchor ? picked.indexOf(anchor) : null,
  };
}

/** 6–10 of the template's tasks: every core one, and some of the rest, in the template's order. */
function pickTasks(f: Faker, t: MapTemplate) {
  const all = t.tasks.map((x, at) => ({ ...x, at }));
  const optional = all.filter((x) => !x.core);
  const want = f.number.int({ min: 6, max: Math.min(10, all.length) }) - (all.length - optional.length);
  const extra = new Set(f.helpers.arrayElements(optional, Math.max(0, want)).map((x) => x.at));
  return all.filter((x) => x.core || extra.has(x.at));
}

const lateCustomerTask = (p: PlannedActionPlan, today: string, min: number, max: number) =>
  p.tasks.findLastIndex(
    (t) => t.side === 'customer' && t.dueOn <= addDay(today, -min) && t.dueOn >= addDay(today, -max),
  );

/**
 * One or two plans stall on a customer task a week or more late; about a third of the rest
 * are at risk, a customer task a few days late. The others are on track.
 */
function assignMoods(f: Faker, today: string, plans: PlannedActionPlan[]) {
  const stallable = plans.filter((p) => lateCustomerTask(p, today, 8, 21) >= 0);
  for (const p of f.helpers.arrayElements(
    stallable,
    Math.min(stallable.length, f.number.int({ min: 1, max: 2 })),
  ))
    p.mood = 'stalled';
  for (const p of plans) {
    if (p.mood === 'on_track' && lateCustomerTask(p, today, 1, 6) >= 0 && f.datatype.boolean(0.5))
      p.mood = 'at_risk';
  }
}

const pick = (f: Faker, list: readonly string[]) => f.helpers.arrayElement(list);

/**
 * What happened to each task up to yesterday. Past its due day a task is done (customers
 * somewhat more often late than the team), except the late one that makes a plan at risk or
 * stalled, and what waits on it. Ahead of its due day a task may be started or done early.
 */
function settleOutcomes(f: Faker, today: string, p: PlannedActionPlan) {
  const yesterday = addDay(today, -1);
  const late =
    p.mood === 'stalled'
      ? lateCustomerTask(p, today, 8, 21)
      : p.mood === 'at_risk'
        ? lateCustomerTask(p, today, 1, 6)
        : -1;
  const doneOn: Array<string | null> = [];
  for (const [i, t] of p.tasks.entries()) {
    const deps = t.dependsOn.map((d) => doneOn[d] ?? null);
    const ready = deps.every((d) => d !== null)
      ? deps.reduce<string>((m, d) => later(m, d as string), p.startsOn)
      : null;
    doneOn.push(null);
    if (ready === null || ready > yesterday) continue;
    if (i === late) {
      lateTask(f, p, i, ready, yesterday);
      continue;
    }
    if (t.dueOn <= yesterday) {
      const lateRate = t.side === 'customer' ? 0.3 : 0.15;
      const wanted = f.datatype.boolean(lateRate)
        ? addDay(t.dueOn, f.number.int({ min: 1, max: 6 }))
        : addDay(t.dueOn, -f.number.int({ min: 0, max: 3 }));
      const day = earlier(later(wanted, ready), yesterday);
      t.moves.push({ on: day, status: 'done' });
      doneOn[i] = day;
      comment(f, p, i, day, day > t.dueOn);
    } else if (i !== p.focus && f.datatype.boolean(0.12)) {
      const day = later(ready, addDay(today, -f.number.int({ min: 1, max: 3 })));
      t.moves.push({ on: day, status: 'done' });
      doneOn[i] = day;
    } else if (t.dueOn <= addDay(today, 10) && f.datatype.boolean(0.5)) {
      const day = later(ready, addDay(today, -f.number.int({ min: 1, max: 4 })));
      t.moves.push({ on: day, status: 'in_progress' });
      if (t.side === 'vendor' && f.datatype.boolean(0.3))
        p.comments.push({ task: i, side: 'vendor', body: pick(f, MAP_COMMENTS.vendorProgress), on: day });
    }
  }
}

/** The customer task that is late: started or blocked, nudged by the CSM, perhaps answered. */
function lateTask(f: Faker, p: PlannedActionPlan, i: number, ready: string, yesterday: string) {
  const t = p.tasks[i];
  if (!t) return;
  const nudged = earlier(addDay(t.dueOn, f.number.int({ min: 1, max: 3 })), yesterday);
  if (p.mood === 'stalled') {
    t.moves.push({ on: earlier(later(addDay(t.dueOn, -2), ready), yesterday), status: 'blocked' });
    p.comments.push({ task: i, side: 'vendor', body: pick(f, MAP_COMMENTS.nudge), on: nudged });
    p.comments.push({ task: i, side: 'customer', body: pick(f, MAP_COMMENTS.customerBlocked), on: nudged });
    return;
  }
  if (f.datatype.boolean(0.5))
    t.moves.push({ on: earlier(later(addDay(t.dueOn, -3), ready), yesterday), status: 'in_progress' });
  if (f.datatype.boolean(0.6))
    p.comments.push({ task: i, side: 'vendor', body: pick(f, MAP_COMMENTS.nudge), on: nudged });
}

/** Now and then, a word from whoever finished the task. */
function comment(f: Faker, p: PlannedActionPlan, i: number, on: string, wasLate: boolean) {
  const t = p.tasks[i];
  if (!t || t.internal || !f.datatype.boolean(0.2)) return;
  const list =
    t.side === 'vendor'
      ? MAP_COMMENTS.vendorDone
      : wasLate
        ? MAP_COMMENTS.customerLate
        : MAP_COMMENTS.customerDone;
  p.comments.push({ task: i, side: t.side, body: pick(f, list), on });
}

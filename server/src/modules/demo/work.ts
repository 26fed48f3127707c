import type { Faker } from '@faker-js/faker';
import type { PromiseKind } from '@trustcircle/contracts';
import { fixedClock } from '../../platform/clock.ts';
import type { Actor, Ctx } from '../../platform/context.ts';
import { completeCheckin, scheduleCheckin } from '../checkins/index.ts';
import { createPromise, resolvePromise } from '../promises/index.ts';
import { createTask, updateTask } from '../tasks/index.ts';
import type { PlannedAccount } from './plan.ts';
import { DAY, daysFrom, isoDate } from './util.ts';

/** Promises the way sales and CSMs really make them, by kind. */
const PROMISES: Array<{ kind: PromiseKind; title: string }> = [
  { kind: 'integration', title: 'Salesforce sync live' },
  { kind: 'integration', title: 'SSO with Okta before rollout' },
  { kind: 'integration', title: 'Zendesk integration in production' },
  { kind: 'integration', title: 'Nightly export to Snowflake' },
  { kind: 'feature', title: 'Custom roles for regional managers' },
  { kind: 'feature', title: 'Audit log export for their security review' },
  { kind: 'feature', title: 'EU data residency' },
  { kind: 'outcome', title: 'Whole team onboarded within 30 days' },
  { kind: 'outcome', title: 'First executive dashboard live in two weeks' },
  { kind: 'outcome', title: 'Reporting time cut in half by quarter end' },
  { kind: 'service_level', title: 'Four-hour response on P1 tickets' },
  { kind: 'service_level', title: 'A named support engineer for the launch' },
  { kind: 'date', title: 'Go-live before their fiscal year end' },
  { kind: 'date', title: 'Admin training done before launch' },
];
const TASKS = [
  'Send the QBR deck',
  'Follow up on the SSO ticket',
  'Book the renewal conversation',
  'Share the admin training recording',
  'Introduce their new champion to our product team',
  'Check why weekly active users dropped',
  'Send the release notes for the features they asked for',
];

/** What a check-in brought up; `{champion}` and `{feature}` are filled in per account. */
/** `calm`: what nobody says about an account at risk. */
const CHECKIN_NOTES: Array<{
  sentiment: 'positive' | 'neutral' | 'negative';
  notes: string;
  need?: string;
  calm?: boolean;
}> = [
  {
    sentiment: 'positive',
    notes: 'Rollout to the second team went well; {champion} wants to show it to finance next.',
    need: 'A finance-ready view of the results',
  },
  {
    sentiment: 'neutral',
    notes: 'Busy quarter on their side. Usage steady; {champion} asked for the roadmap.',
    need: 'See the roadmap for reporting',
  },
  {
    sentiment: 'negative',
    notes: 'Frustrated by the SSO delays; {champion} feels exposed internally.',
    need: 'SSO working for every team',
  },
  {
    sentiment: 'positive',
    notes: 'Renewal looks safe. {champion} would consider a case study.',
    calm: true,
    need: 'Recognition for the project inside their company',
  },
  {
    sentiment: 'neutral',
    notes: 'New VP joined; needs a fresh introduction to what we do for them.',
    need: 'Brief the new VP on the results so far',
  },
  {
    sentiment: 'positive',
    notes: 'Walked through {feature}; {champion} will roll it out to the regional leads.',
    need: 'Training for the regional leads on {feature}',
  },
  {
    sentiment: 'neutral',
    notes: 'Quiet month. {champion} is on holiday next week; their deputy covers.',
  },
  {
    sentiment: 'negative',
    notes: 'Admins spend too long on manual exports; {champion} asked for a scheduled report.',
    need: 'Scheduled exports instead of manual ones',
  },
  {
    sentiment: 'positive',
    notes: 'Their support lead now starts every standup with our dashboard.',
    need: 'A dashboard for team leads',
  },
  {
    sentiment: 'neutral',
    notes: 'Budget planning for next year has started; {champion} wants usage figures per team.',
    need: 'Usage figures per team for budget planning',
  },
];
const CHECKIN_FEATURES = ['the Slack integration', 'custom dashboards', 'workflow automations', 'the API'];

/**
 * Check-ins held over the last months, each recorded as it was (sentiment, notes, a need heard),
 * the next one scheduled from the cadence: where that day has passed, it is overdue now.
 */
async function applyCheckins(
  tx: Ctx,
  f: Faker,
  a: PlannedAccount,
  accountId: string,
  csm: Actor,
  won: Date,
  now: Date,
) {
  const at = (d: Date): Ctx => ({ ...tx, actor: csm, clock: fixedClock(d.toISOString()) });
  const last = daysFrom(now, -f.number.int({ min: 4, max: 45 }));
  const held = Array.from({ length: f.number.int({ min: 1, max: 3 }) }, (_, i) => daysFrom(last, -i * 30))
    .filter((d) => d > won)
    .reverse();
  if (held.length === 0) return 0;
  // Each check-in of an account brings up something new: no two notes, no need twice.
  const champion = a.contacts[0]?.firstName ?? 'the champion';
  const feature = f.helpers.arrayElement(CHECKIN_FEATURES);
  const fill = (t: string) => t.replaceAll('{champion}', champion).replaceAll('{feature}', feature);
  const atRisk = a.tags.includes('at-risk');
  const stories = f.helpers.shuffle(CHECKIN_NOTES.filter((n) => !(atRisk && n.calm)));
  // The first is scheduled a week ahead; each one held schedules the next on the planned day,
  // and the last one's successor comes from the cadence.
  let next: string | null = (
    await scheduleCheckin({
      ctx: at(daysFrom(held[0] as Date, -7)),
      input: { accountId, scheduledOn: isoDate(held[0] as Date) },
    })
  ).id;
  let count = 0;
  for (const [i, day] of held.entries()) {
    if (!next) break;
    const story = stories[i % stories.length] as (typeof CHECKIN_NOTES)[number];
    const following = held[i + 1];
    const done = await completeCheckin({
      ctx: at(day),
      checkinId: next,
      input: {
        heldOn: isoDate(day),
        sentiment: story.sentiment,
        notes: fill(story.notes),
        newNeeds: story.need
          ? [{ title: fill(story.need), priority: story.sentiment === 'negative' ? 'high' : 'medium' }]
          : [],
        ...(following ? { nextOn: isoDate(following) } : {}),
      },
    });
    next = done.next?.id ?? null;
    count++;
  }
  return count;
}

/**
 * A customer's promises and tasks: the hand-off's promises when it was won, a few made later,
 * each kept, kept late, broken or still owed as time went by (more broken where it churned),
 * and the CSM's open and done tasks. Each write happens at its own moment in the story.
 */
export async function applyWork(
  tx: Ctx,
  f: Faker,
  a: PlannedAccount,
  accountId: string,
  csm: Actor,
  now: Date,
): Promise<{ promises: number; tasks: number; checkins: number }> {
  const won = a.steps.find((s) => s.stage === 'customer')?.at;
  if (!won || csm.type !== 'user') return { promises: 0, tasks: 0, checkins: 0 };
  const churned = a.steps.at(-1)?.stage === 'churned';
  // Nothing is promised to a customer that has left.
  const until = churned ? (a.steps.at(-1)?.at ?? now) : now;
  const at = (d: Date): Ctx => ({ ...tx, actor: csm, clock: fixedClock(d.toISOString()) });
  let promises = 0;
  const made = [
    ...Array.from({ length: f.number.int({ min: 1, max: 3 }) }, () => ({
      on: daysFrom(won, -3),
      source: 'sales_handoff' as const,
    })),
    ...Array.from({ length: f.number.int({ min: 0, max: 2 }) }, () => ({
      on: new Date(won.getTime() + f.number.int({ min: 10, max: 200 }) * DAY),
      source: f.helpers.arrayElement(['meeting', 'email', 'support'] as const),
    })),
    // A recent promise for current customers: due about now, so this week has some owed.
    ...(churned
      ? []
      : [{ on: daysFrom(now, -f.number.int({ min: 16, max: 24 })), source: 'meeting' as const, soon: true }]),
  ].filter((p) => p.on < until);
  // Each promise made to an account is a different one.
  const promised = f.helpers.shuffle(PROMISES);
  for (const [i, m] of made.entries()) {
    const what = promised[i % promised.length] as (typeof PROMISES)[number];
    const due = daysFrom(
      m.on,
      'soon' in m ? f.number.int({ min: 14, max: 30 }) : f.number.int({ min: 14, max: 75 }),
    );
    const p = await createPromise({
      ctx: at(m.on),
      input: {
        accountId,
        title: what.title,
        kind: what.kind,
        promisedOn: isoDate(m.on),
        dueOn: isoDate(due),
        source: m.source,
      },
    });
    promises++;
    const r = f.number.float();
    const brokenShare = churned ? 0.35 : 0.1;
    if (due < now) {
      const outcome =
        r < 0.7 - brokenShare
          ? { day: daysFrom(due, -f.number.int({ min: 0, max: 10 })), outcome: 'delivered' as const }
          : r < 0.85 - brokenShare / 2
            ? { day: daysFrom(due, f.number.int({ min: 2, max: 20 })), outcome: 'delivered' as const }
            : r < 0.95
              ? { day: daysFrom(due, f.number.int({ min: 0, max: 10 })), outcome: 'broken' as const }
              : // Left owed only when recent: nobody leaves a promise open for a year.
                due < daysFrom(now, -45)
                ? { day: daysFrom(due, f.number.int({ min: 5, max: 30 })), outcome: 'broken' as const }
                : null;
      if (outcome && outcome.day < now) {
        const day = outcome.day < m.on ? m.on : outcome.day;
        await resolvePromise({
          ctx: at(day),
          promiseId: p.id,
          input: { outcome: outcome.outcome, on: isoDate(day) },
        });
      }
    } else if (r < 0.15) {
      await resolvePromise({
        ctx: at(now),
        promiseId: p.id,
        input: { outcome: 'delivered', on: isoDate(now) },
      });
    }
  }
  let tasks = 0;
  if (!churned) {
    const titles = f.helpers.shuffle(TASKS);
    for (let i = f.number.int({ min: 0, max: 2 }); i > 0; i--) {
      await createTask({
        ctx: at(daysFrom(now, -f.number.int({ min: 3, max: 20 }))),
        input: {
          accountId,
          title: titles[i] as string,
          dueOn: isoDate(daysFrom(now, f.number.int({ min: -6, max: 10 }))),
          priority: f.helpers.arrayElement(['normal', 'normal', 'high', 'low'] as const),
        },
      });
      tasks++;
    }
    const done = await createTask({
      ctx: at(daysFrom(now, -40)),
      input: { accountId, title: titles[0] as string, dueOn: isoDate(daysFrom(now, -30)) },
    });
    await updateTask({ ctx: at(daysFrom(now, -31)), taskId: done.id, input: { status: 'done' } });
    tasks++;
  }
  const current = ['customer', 'advocate'].includes(a.steps.at(-1)?.stage ?? '');
  const checkins = current ? await applyCheckins(tx, f, a, accountId, csm, won, now) : 0;
  return { promises, tasks, checkins };
}

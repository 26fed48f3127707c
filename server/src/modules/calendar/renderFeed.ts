import type { Checkin, MyPlanTask, PromiseItem, Task } from '@trustcircle/contracts';
import ical, { type ICalCalendar } from 'ical-generator';
import type { PlanMilestoneDate } from '../plans/index.ts';

export type FeedItems = {
  checkins: Checkin[];
  promises: PromiseItem[];
  tasks: Task[];
  planTasks?: MyPlanTask[];
  milestones?: PlanMilestoneDate[];
};

const allDay = (day: string) => new Date(`${day}T00:00:00Z`);

/**
 * A user's work as an iCalendar feed: check-ins, promise due days and dated tasks as all-day
 * events. UIDs are stable, so a calendar that refreshes the feed updates events in place.
 */
export function renderFeed(items: FeedItems, opts: { name: string; baseUrl: string; now: Date }): string {
  // No calendar time zone: all-day dates need none, and with one set the library formats
  // dates in the server's local zone (a day early west of UTC) and drops DTSTAMP's "Z".
  const cal = ical({
    name: opts.name,
    prodId: { company: 'Trust Circle', product: 'work feed' },
    ttl: 60 * 30,
  });
  const link = (path: string) => `${opts.baseUrl}${path}`;
  for (const c of items.checkins) {
    cal.createEvent({
      id: `checkin-${c.id}@trustcircle`,
      start: allDay(c.scheduledOn),
      allDay: true,
      stamp: opts.now,
      summary: `Check-in: ${c.account.name}${c.overdue ? ' (overdue)' : ''}`,
      description: `Prep sheet: ${link(`/checkins/${c.id}/prep`)}`,
      url: link(`/checkins/${c.id}/prep`),
    });
  }
  for (const p of items.promises) {
    cal.createEvent({
      id: `promise-${p.id}@trustcircle`,
      start: allDay(p.dueOn),
      allDay: true,
      stamp: opts.now,
      summary: `Promise due: ${p.title} (${p.account.name})`,
      description: [
        p.contact ? `Promised to ${p.contact.name}.` : null,
        p.detail,
        link(`/accounts/${p.account.id}?tab=promises`),
      ]
        .filter(Boolean)
        .join('\n'),
      url: link(`/accounts/${p.account.id}?tab=promises`),
    });
  }
  for (const t of items.tasks) {
    if (!t.dueOn) continue;
    cal.createEvent({
      id: `task-${t.id}@trustcircle`,
      start: allDay(t.dueOn),
      allDay: true,
      stamp: opts.now,
      summary: `Task: ${t.title}${t.account ? ` (${t.account.name})` : ''}`,
      description: [t.detail, link(t.account ? `/accounts/${t.account.id}?tab=tasks` : '/my-work')]
        .filter(Boolean)
        .join('\n'),
      url: link(t.account ? `/accounts/${t.account.id}?tab=tasks` : '/my-work'),
    });
  }
  addPlanDates(cal, items, link, opts.now);
  return cal.toString();
}

/** Plan tasks on the user's side and the milestones of the plans they run, linked to the plan. */
function addPlanDates(cal: ICalCalendar, items: FeedItems, link: (path: string) => string, now: Date) {
  for (const t of items.planTasks ?? []) {
    if (!t.dueOn) continue;
    cal.createEvent({
      id: `plan-task-${t.id}@trustcircle`,
      start: allDay(t.dueOn),
      allDay: true,
      stamp: now,
      summary: `Plan task: ${t.title} — ${t.account.name}`,
      description: [`Plan: ${t.plan.title}`, t.detail, link(`/plans/${t.plan.id}`)]
        .filter(Boolean)
        .join('\n'),
      url: link(`/plans/${t.plan.id}`),
    });
  }
  for (const m of items.milestones ?? []) {
    cal.createEvent({
      id: `plan-milestone-${m.id}@trustcircle`,
      start: allDay(m.dueOn),
      allDay: true,
      stamp: now,
      summary: `Milestone: ${m.title} — ${m.account.name}`,
      description: [`Plan: ${m.plan.title}`, link(`/plans/${m.plan.id}`)].join('\n'),
      url: link(`/plans/${m.plan.id}`),
    });
  }
}

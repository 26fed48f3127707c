import { addDays, type Day, formatDay } from '../../platform/dates.ts';
import { simpleEmailHtml } from '../../platform/mail/html.ts';
import type { ReminderKind } from './reminderRules.ts';

export type ReminderItem = { title: string; dueOn: Day | null; kind: ReminderKind | 'open' };
export type PlanSection = { planTitle: string; url: string; items: ReminderItem[] };

const line = (i: ReminderItem, today: Day) => {
  if (i.kind === 'overdue' && i.dueOn) return `• ${i.title}: overdue since ${formatDay(i.dueOn)}`;
  if (i.kind === 'due_soon' && i.dueOn) return `• ${i.title}: due tomorrow, ${formatDay(i.dueOn)}`;
  if (i.kind === 'unlocked') return `• ${i.title}: ready to start (what it waited on is done)`;
  if (i.dueOn && i.dueOn < today) return `• ${i.title}: overdue since ${formatDay(i.dueOn)}`;
  if (i.dueOn && i.dueOn <= addDays(today, 7)) return `• ${i.title}: due ${formatDay(i.dueOn)}`;
  return `• ${i.title}`;
};

/** One email for one person: each plan's steps that need them, a link per plan, and the way out. */
export function reminderEmail(o: {
  firstName: string;
  vendor: string;
  sections: PlanSection[];
  prefsUrl: string;
  weekly: boolean;
  today: Day;
}) {
  const count = o.sections.reduce((n, s) => n + s.items.length, 0);
  const steps = `${count} ${count === 1 ? 'step' : 'steps'}`;
  const only = o.sections.length === 1 ? o.sections[0] : undefined;
  const subject = o.weekly
    ? `Your weekly plan digest from ${o.vendor}: ${steps}`
    : only
      ? `${only.planTitle}: ${steps} for you`
      : `${steps} for you in your plans with ${o.vendor}`;
  const paragraphs = [`Hello ${o.firstName},`];
  for (const s of o.sections) {
    paragraphs.push(`In “${s.planTitle}” with ${o.vendor}:`);
    paragraphs.push(...s.items.map((i) => line(i, o.today)));
    paragraphs.push(`Open the plan: ${s.url}`);
  }
  const footer = `You get these emails because you own steps in a plan ${o.vendor} shares with you. Change how often, or stop them: ${o.prefsUrl}`;
  const text = [...paragraphs, '—', footer].join('\n\n');
  const html = simpleEmailHtml({
    paragraphs: [...paragraphs.filter((p) => !p.startsWith('Open the plan: ')), footer],
    ...(only ? { action: { label: 'Open the plan', url: only.url } } : {}),
  });
  return { subject, text, html };
}

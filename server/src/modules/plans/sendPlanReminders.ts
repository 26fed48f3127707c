import { signValue } from '../../platform/auth/signed.ts';
import { addDays, type Day, todayIn } from '../../platform/dates.ts';
import type { JobContext } from '../../platform/jobs/registry.ts';
import { systemCtx } from '../../platform/jobs/systemCtx.ts';
import { queueMail } from '../../platform/mail/queue.ts';
import { mintShareLink } from '../shareLinks/index.ts';
import { listWorkspaceZones } from '../workspaces/index.ts';
import { type PlanSection, type ReminderItem, reminderEmail } from './reminderEmail.ts';
import {
  claimEmailDay,
  contactsForReminders,
  dependencyStates,
  markReminded,
  remindableTasks,
  sentReminders,
} from './reminderRepository.ts';
import { type Frequency, mayEmail, type ReminderKind, remindersFor } from './reminderRules.ts';

const OWNERS_PER_PAGE = 200;
/** Reminders wait for the working day to start in the workspace's time zone. */
const NOT_BEFORE_HOUR = 8;
const PERSONAL_LINK_DAYS = 30;

export type ReminderOptions = { baseUrl: string; secret: string };
type Ws = Awaited<ReturnType<typeof listWorkspaceZones>>[number];
type Page = Awaited<ReturnType<typeof remindableTasks>>;
type TaskRow = Page['tasks'][number];

/** The email-preferences link in every reminder: signed, so it needs no row and never expires. */
export const prefsToken = (secret: string, workspaceId: string, contactId: string) =>
  signValue(secret, `${compact(workspaceId)}~${compact(contactId)}`);

/** Ids without their dashes keep the link under the router's 100-character limit. */
const compact = (id: string) => id.replace(/-/g, '');

const localHour = (timeZone: string, now: Date) =>
  Number(new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', hourCycle: 'h23' }).format(now));

/**
 * Emails customer owners about their plan steps: one unlocked, one due tomorrow, one overdue,
 * each said once, in one email a day at most per person (or a weekly digest), with a personal
 * link to each plan and a link to change how often or stop. Returns the emails queued.
 */
export async function sendPlanReminders(jctx: JobContext, opts: ReminderOptions): Promise<number> {
  let queued = 0;
  for (const ws of await listWorkspaceZones(jctx.db)) {
    if (localHour(ws.timeZone, jctx.clock.now()) < NOT_BEFORE_HOUR) continue;
    const today = todayIn(ws.timeZone, jctx.clock.now());
    let after = '';
    for (;;) {
      const page = await remindableTasks(jctx.db, ws.id, after, OWNERS_PER_PAGE);
      if (page.ownerIds.length === 0) break;
      after = page.ownerIds.at(-1) ?? after;
      queued += await remindPage(jctx, opts, ws, today, page);
      if (page.ownerIds.length < OWNERS_PER_PAGE) break;
    }
  }
  return queued;
}

async function remindPage(jctx: JobContext, opts: ReminderOptions, ws: Ws, today: Day, page: Page) {
  const ids = page.tasks.map((t) => t.id);
  const [deps, sent, contacts] = await Promise.all([
    dependencyStates(jctx.db, ws.id, ids),
    sentReminders(jctx.db, ws.id, ids),
    contactsForReminders(jctx.db, ws.id, page.ownerIds),
  ]);
  const sentOf = (id: string) => new Set(sent.filter((s) => s.task_id === id).map((s) => s.kind));
  let queued = 0;
  for (const c of contacts) {
    const frequency: Frequency = c.frequency ?? 'daily';
    if (!c.email || !mayEmail(frequency, c.last_sent_on, today)) continue;
    const mine = page.tasks.filter((t) => t.owner_contact_id === c.id);
    const news = mine.flatMap((t) => {
      const on = deps.filter((d) => d.task_id === t.id);
      const open = on.some((d) => d.status !== 'done' && d.status !== 'skipped');
      const kinds = remindersFor(
        {
          status: t.status,
          dueOn: t.due_on,
          unlockedByOthers: on.length > 0 && !open,
          locked: open,
          sent: sentOf(t.id),
        },
        today,
      );
      return kinds.map((kind) => ({ task: t, kind }));
    });
    if (news.length === 0) continue;
    const weekly = frequency === 'weekly';
    // A digest lists every open step due within the week, not only what changed.
    const listed: { task: TaskRow; kind: ReminderKind | 'open' }[] = weekly
      ? mine
          .filter((t) => news.some((n) => n.task.id === t.id) || (t.due_on && t.due_on <= addDays(today, 7)))
          .map((t) => ({ task: t, kind: news.find((n) => n.task.id === t.id)?.kind ?? 'open' }))
      : news;
    const notSince = weekly ? addDays(today, -6) : today;
    const sentNow = await jctx.db.transaction().execute(async (trx) => {
      const ctx = { ...systemCtx({ ...jctx, db: trx }, ws, 'plan reminders'), baseUrl: opts.baseUrl };
      if (!(await claimEmailDay(trx, ws.id, c.id, today, notSince, jctx.clock.now().toISOString())))
        return false;
      const sections: PlanSection[] = [];
      for (const planId of [...new Set(listed.map((l) => l.task.plan_id))]) {
        const items = listed.filter((l) => l.task.plan_id === planId);
        const first = items[0]?.task;
        if (!first) continue;
        const link = await mintShareLink(
          ctx,
          { type: 'plan', id: planId, accountId: first.account_id },
          { label: `Reminder to ${c.first_name}`, expiresOn: addDays(today, PERSONAL_LINK_DAYS) },
          c.id,
        );
        sections.push({
          planTitle: first.plan_title,
          url: link.url,
          items: items.map(
            (l): ReminderItem => ({ title: l.task.title, dueOn: l.task.due_on, kind: l.kind }),
          ),
        });
      }
      const prefsUrl = `${opts.baseUrl}/u/${prefsToken(opts.secret, ws.id, c.id)}`;
      const mail = reminderEmail({
        firstName: c.first_name,
        vendor: ws.name,
        sections,
        prefsUrl,
        weekly,
        today,
      });
      await queueMail(ctx, { to: c.email ?? '', ...mail, template: 'plan.reminder' });
      await markReminded(
        trx,
        ws.id,
        c.id,
        news.map((n) => ({ taskId: n.task.id, kind: n.kind })),
        today,
      );
      return true;
    });
    if (sentNow) queued++;
  }
  return queued;
}

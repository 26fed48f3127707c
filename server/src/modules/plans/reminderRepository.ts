import type { Db } from '../../platform/context.ts';
import type { Day } from '../../platform/dates.ts';
import type { Frequency, ReminderKind } from './reminderRules.ts';

/**
 * Open, shared customer tasks of active plans whose owner has an email address, with what
 * they wait on and which reminders went out. One workspace, a page of owners at a time.
 * Only plans someone on the team has shared (a link of theirs, not revoked): a plan that
 * started by itself, or that nobody has sent yet, emails no customer.
 */
/** Plans with a share link the team made (reminder links name a contact) that still works. */
const sharedByTheTeam = (db: Db, workspaceId: string) =>
  db
    .selectFrom('share_links as l')
    .select('l.subject_id')
    .where('l.workspace_id', '=', workspaceId)
    .where('l.subject_type', '=', 'plan')
    .where('l.contact_id', 'is', null)
    .where('l.revoked_at', 'is', null);

export async function remindableTasks(db: Db, workspaceId: string, afterContactId: string, limit: number) {
  const owners = await db
    .selectFrom('plan_tasks as t')
    .innerJoin('plans as p', (j) =>
      j.onRef('p.id', '=', 't.plan_id').onRef('p.workspace_id', '=', 't.workspace_id'),
    )
    .select('t.owner_contact_id as id')
    .distinct()
    .where('t.workspace_id', '=', workspaceId)
    .where('p.status', '=', 'active')
    .where('p.id', 'in', sharedByTheTeam(db, workspaceId))
    .where('t.owner_side', '=', 'customer')
    .where('t.internal', '=', 0)
    .where('t.status', 'not in', ['done', 'skipped'])
    .where('t.owner_contact_id', '>', afterContactId)
    .orderBy('t.owner_contact_id')
    .limit(limit)
    .execute();
  const ids = owners.flatMap((o) => (o.id ? [o.id] : []));
  if (ids.length === 0) return { ownerIds: ids, tasks: [] };
  const tasks = await db
    .selectFrom('plan_tasks as t')
    .innerJoin('plans as p', (j) =>
      j.onRef('p.id', '=', 't.plan_id').onRef('p.workspace_id', '=', 't.workspace_id'),
    )
    .innerJoin('accounts as a', (j) =>
      j.onRef('a.id', '=', 'p.account_id').onRef('a.workspace_id', '=', 'p.workspace_id'),
    )
    .select([
      't.id',
      't.title',
      't.status',
      't.due_on',
      't.owner_contact_id',
      'p.id as plan_id',
      'p.title as plan_title',
      'p.account_id',
      'a.name as account_name',
    ])
    .where('t.workspace_id', '=', workspaceId)
    .where('p.status', '=', 'active')
    .where('p.id', 'in', sharedByTheTeam(db, workspaceId))
    .where('t.owner_side', '=', 'customer')
    .where('t.internal', '=', 0)
    .where('t.status', 'not in', ['done', 'skipped'])
    .where('t.owner_contact_id', 'in', ids)
    .orderBy('t.due_on')
    .execute();
  return { ownerIds: ids, tasks };
}

export async function dependencyStates(db: Db, workspaceId: string, taskIds: string[]) {
  if (taskIds.length === 0) return [];
  return db
    .selectFrom('plan_task_dependencies as d')
    .innerJoin('plan_tasks as t', (j) =>
      j.onRef('t.id', '=', 'd.depends_on_task_id').onRef('t.workspace_id', '=', 'd.workspace_id'),
    )
    .select(['d.task_id', 't.status'])
    .where('d.workspace_id', '=', workspaceId)
    .where('d.task_id', 'in', taskIds)
    .execute();
}

export async function sentReminders(db: Db, workspaceId: string, taskIds: string[]) {
  if (taskIds.length === 0) return [];
  return db
    .selectFrom('plan_reminders')
    .select(['task_id', 'kind'])
    .where('workspace_id', '=', workspaceId)
    .where('task_id', 'in', taskIds)
    .execute();
}

export async function contactsForReminders(db: Db, workspaceId: string, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('contacts as c')
    .leftJoin('contact_reminder_prefs as r', (j) =>
      j.onRef('r.contact_id', '=', 'c.id').onRef('r.workspace_id', '=', 'c.workspace_id'),
    )
    .select(['c.id', 'c.first_name', 'c.email', 'r.frequency', 'r.last_sent_on'])
    .where('c.workspace_id', '=', workspaceId)
    .where('c.id', 'in', ids)
    .where('c.email', 'is not', null)
    .execute();
}

export async function markReminded(
  db: Db,
  workspaceId: string,
  contactId: string,
  items: { taskId: string; kind: ReminderKind }[],
  today: Day,
) {
  if (items.length > 0)
    await db
      .insertInto('plan_reminders')
      .values(
        items.map((i) => ({
          workspace_id: workspaceId,
          task_id: i.taskId,
          kind: i.kind,
          contact_id: contactId,
          sent_on: today,
        })),
      )
      .onConflict((oc) => oc.columns(['workspace_id', 'task_id', 'kind']).doNothing())
      .execute();
}

/**
 * Claims today's email for a person: only one worker, once a day, gets to send it. A new row
 * for a person never emailed before; otherwise only if the last email is before `notSince`.
 */
export async function claimEmailDay(
  db: Db,
  workspaceId: string,
  contactId: string,
  today: Day,
  notSince: Day,
  now: string,
) {
  const inserted = await db
    .insertInto('contact_reminder_prefs')
    .values({
      workspace_id: workspaceId,
      contact_id: contactId,
      frequency: 'daily',
      last_sent_on: today,
      updated_at: now,
    })
    .onConflict((oc) => oc.columns(['workspace_id', 'contact_id']).doNothing())
    .executeTakeFirst();
  if (Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0) return true;
  const r = await db
    .updateTable('contact_reminder_prefs')
    .set({ last_sent_on: today })
    .where('workspace_id', '=', workspaceId)
    .where('contact_id', '=', contactId)
    .where('frequency', '!=', 'none')
    .where((eb) => eb.or([eb('last_sent_on', 'is', null), eb('last_sent_on', '<', notSince)]))
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

export async function reminderPrefs(db: Db, workspaceId: string, contactId: string) {
  return db
    .selectFrom('contacts as c')
    .leftJoin('contact_reminder_prefs as r', (j) =>
      j.onRef('r.contact_id', '=', 'c.id').onRef('r.workspace_id', '=', 'c.workspace_id'),
    )
    .innerJoin('workspaces as w', 'w.id', 'c.workspace_id')
    .select(['c.id', 'c.first_name', 'c.email', 'r.frequency', 'w.name as workspace_name', 'w.logo'])
    .where('c.workspace_id', '=', workspaceId)
    .where('c.id', '=', contactId)
    .executeTakeFirst();
}

export async function saveReminderFrequency(
  db: Db,
  workspaceId: string,
  contactId: string,
  frequency: Frequency,
  now: string,
) {
  await db
    .insertInto('contact_reminder_prefs')
    .values({
      workspace_id: workspaceId,
      contact_id: contactId,
      frequency,
      last_sent_on: null,
      updated_at: now,
    })
    .onConflict((oc) =>
      oc.columns(['workspace_id', 'contact_id']).doUpdateSet({ frequency, updated_at: now }),
    )
    .execute();
}

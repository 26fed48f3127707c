import { addDays, type Day } from '../../platform/dates.ts';

export type ReminderKind = 'unlocked' | 'due_soon' | 'overdue';
export type Frequency = 'daily' | 'weekly' | 'none';

/** A customer task as reminders see it. */
export type RemindedTask = {
  status: 'not_started' | 'in_progress' | 'blocked' | 'done' | 'skipped';
  dueOn: Day | null;
  /** It has dependencies, and all of them are done or skipped. */
  unlockedByOthers: boolean;
  /** It has a dependency still open. */
  locked: boolean;
  sent: ReadonlySet<ReminderKind>;
};

/**
 * What a customer owner should hear about a task, once each: it just became theirs to start
 * (what it waited on is done), it is due tomorrow, or it is overdue. Closed and locked tasks
 * say nothing; an overdue task does not also say "due tomorrow".
 */
export function remindersFor(t: RemindedTask, today: Day): ReminderKind[] {
  if (t.status === 'done' || t.status === 'skipped' || t.locked) return [];
  const kinds: ReminderKind[] = [];
  if (t.unlockedByOthers && t.status === 'not_started' && !t.sent.has('unlocked')) kinds.push('unlocked');
  if (t.dueOn && t.dueOn < today) {
    if (!t.sent.has('overdue')) kinds.push('overdue');
  } else if (t.dueOn === addDays(today, 1) && !t.sent.has('due_soon')) kinds.push('due_soon');
  return kinds;
}

/**
 * Whether a person gets an email today: at most one a day, a weekly digest at most once in
 * seven days, nothing once they turned reminders off.
 */
export function mayEmail(frequency: Frequency, lastSentOn: Day | null, today: Day): boolean {
  if (frequency === 'none') return false;
  if (!lastSentOn) return true;
  return frequency === 'daily' ? lastSentOn < today : lastSentOn <= addDays(today, -7);
}

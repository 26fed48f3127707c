import { recordChange } from '../../platform/audit/record.ts';
import type { Ctx } from '../../platform/context.ts';

/** The events of a task's edit: its status move (and completion), and which fields changed. */
export async function recordTaskChange(
  tx: Ctx,
  c: {
    planId: string;
    accountId: string;
    taskId: string;
    changed: string[];
    title: string;
    from: string;
    to: string | undefined;
  },
) {
  const subject = { type: 'plan_task', id: c.taskId };
  const base = { planId: c.planId, accountId: c.accountId, title: c.title };
  if (c.to) {
    const data = { ...base, from: c.from, to: c.to };
    await recordChange(tx, { action: 'plan_task.status_changed', subject, data });
    if (c.to === 'done') await recordChange(tx, { action: 'plan_task.completed', subject, data });
  }
  const edited = c.changed.filter((f) => f !== 'status' && f !== 'done_on');
  if (edited.length > 0)
    await recordChange(tx, { action: 'plan_task.updated', subject, data: { ...base, changed: edited } });
}

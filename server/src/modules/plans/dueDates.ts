import type { DueRule } from '@trustcircle/contracts';
import { addDays, type Day } from '../../platform/dates.ts';

/** Relative due dates, pure: days from the plan's start or from another task's due date. */
export type DatedTask = { id: string; dueOn: Day | null; dueRule: DueRule | null; doneOn?: Day | null };

/** A cycle in a graph of edges (task → the tasks it needs), as the ids on it; null when none. */
export function findCycle(edges: ReadonlyMap<string, readonly string[]>): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (id: string): string[] | null => {
    if (state.get(id) === 'done') return null;
    if (state.get(id) === 'open') return path.slice(path.indexOf(id));
    state.set(id, 'open');
    path.push(id);
    for (const next of edges.get(id) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    path.pop();
    state.set(id, 'done');
    return null;
  };
  for (const id of edges.keys()) {
    const cycle = visit(id);
    if (cycle) return cycle;
  }
  return null;
}

export type Resolved = { ok: true; dueOn: Map<string, Day | null> } | { ok: false; cycle: string[] };

/**
 * Every task's due date: its rule's when it has one (a task dated from one without a date, or
 * from a task not in the plan, has none), else its absolute date. Calendar days, so 31 January
 * plus 30 days is 2 March. A task dated from one that was done after its due date counts from
 * the day it was done.
 */
export function resolveDueDates(planStart: Day, tasks: readonly DatedTask[]): Resolved {
  const byId = new Map(tasks.map((t) => [t.id, t]));
  const edges = new Map(tasks.map((t) => [t.id, t.dueRule?.from === 'task' ? [t.dueRule.taskId] : []]));
  const cycle = findCycle(edges);
  if (cycle) return { ok: false, cycle };
  const out = new Map<string, Day | null>();
  const resolve = (t: DatedTask): Day | null => {
    if (out.has(t.id)) return out.get(t.id) ?? null;
    const rule = t.dueRule;
    let day: Day | null;
    if (!rule) day = t.dueOn;
    else if (rule.from === 'plan_start') day = addDays(planStart, rule.days);
    else {
      const base = byId.get(rule.taskId);
      const planned = base ? resolve(base) : null;
      // "3 days after the kickoff" counts from the kickoff once it happened late: a task cannot
      // be late for days it was waiting on ours. Done early, the plan keeps its dates.
      const done = base?.doneOn ?? null;
      const baseDay = planned && done && done > planned ? done : planned;
      day = baseDay ? addDays(baseDay, rule.days) : null;
    }
    out.set(t.id, day);
    return day;
  };
  for (const t of tasks) resolve(t);
  return { ok: true, dueOn: out };
}

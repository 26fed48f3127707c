import type {
  PlanTemplateMilestone,
  PlanTemplateMilestoneDraft,
  PlanTemplateTask,
  PlanTemplateTaskDraft,
} from '@trustcircle/contracts';
import type { z } from 'zod';
import type { Issue } from '../../platform/validation.ts';

/** A template's milestones and tasks as they are stored and shown. */
export type TemplateBody = { milestones: PlanTemplateMilestone[]; tasks: PlanTemplateTask[] };

type TaskDraft = z.output<typeof PlanTemplateTaskDraft>;
type MilestoneDraft = z.output<typeof PlanTemplateMilestoneDraft>;

/** Drafts as parsed by the contracts, with every optional field spelled out. */
export function normalizeBody(milestones: MilestoneDraft[], tasks: TaskDraft[]): TemplateBody {
  return {
    milestones: milestones.map((m) => ({ title: m.title, dueDays: m.dueDays ?? null })),
    tasks: tasks.map((t) => ({
      ref: t.ref,
      title: t.title,
      detail: t.detail,
      ownerSide: t.ownerSide,
      milestone: t.milestone ?? null,
      dueRule: t.dueRule ?? null,
      dependsOn: [...new Set(t.dependsOn)],
      internal: t.internal,
    })),
  };
}

/**
 * What is wrong with a template's task graph, pure, each problem at its field: refs unique,
 * every ref named (in `dependsOn` or a due date's `taskRef`) is another task of the template,
 * milestone indexes in range, and neither the dependencies nor the relative due dates go in a
 * circle. Tasks may name tasks listed after them; only circles are refused.
 */
export function templateIssues(body: TemplateBody): Issue[] {
  const issues: Issue[] = [];
  const indexOf = new Map<string, number>();
  for (const [i, t] of body.tasks.entries()) {
    if (indexOf.has(t.ref)) issues.push({ path: `tasks.${i}.ref`, message: 'already used by another task' });
    else indexOf.set(t.ref, i);
  }
  for (const [i, t] of body.tasks.entries()) {
    const at = `tasks.${i}`;
    if (t.milestone !== null && t.milestone >= body.milestones.length)
      issues.push({ path: `${at}.milestone`, message: 'no milestone at that index' });
    for (const [j, ref] of t.dependsOn.entries()) {
      if (ref === t.ref)
        issues.push({ path: `${at}.dependsOn.${j}`, message: 'a task cannot depend on itself' });
      else if (!indexOf.has(ref))
        issues.push({ path: `${at}.dependsOn.${j}`, message: 'no task in this template has that ref' });
    }
    if (t.dueRule?.from === 'task') {
      if (t.dueRule.taskRef === t.ref)
        issues.push({ path: `${at}.dueRule.taskRef`, message: 'a task cannot be dated from itself' });
      else if (!indexOf.has(t.dueRule.taskRef))
        issues.push({ path: `${at}.dueRule.taskRef`, message: 'no task in this template has that ref' });
    }
  }
  // Circles are looked for once every ref is known to point somewhere.
  if (issues.length) return issues;
  const titleOf = new Map(body.tasks.map((t) => [t.ref, t.title]));
  const named = (refs: string[]) => refs.map((r) => `“${titleOf.get(r) ?? r}”`).join(' → ');
  const dependencies = circle(body.tasks, (t) => t.dependsOn);
  if (dependencies)
    issues.push({
      path: `tasks.${dependencies.at}.dependsOn`,
      message: `tasks would depend on each other in a circle: ${named(dependencies.refs)}`,
    });
  const dates = circle(body.tasks, (t) => (t.dueRule?.from === 'task' ? [t.dueRule.taskRef] : []));
  if (dates)
    issues.push({
      path: `tasks.${dates.at}.dueRule.taskRef`,
      message: `due dates would count from each other in a circle: ${named(dates.refs)}`,
    });
  return issues;
}

/** The first circle in the graph `next` draws between tasks: the index it is reported at and its refs. */
function circle(
  tasks: PlanTemplateTask[],
  next: (t: PlanTemplateTask) => string[],
): { at: number; refs: string[] } | null {
  const byRef = new Map(tasks.map((t, i) => [t.ref, { t, i }]));
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (ref: string): string[] | null => {
    if (state.get(ref) === 'done') return null;
    if (state.get(ref) === 'open') return [...path.slice(path.indexOf(ref)), ref];
    const node = byRef.get(ref);
    if (!node) return null;
    state.set(ref, 'open');
    path.push(ref);
    for (const n of next(node.t)) {
      const found = visit(n);
      if (found) return found;
    }
    path.pop();
    state.set(ref, 'done');
    return null;
  };
  for (const t of tasks) {
    const refs = visit(t.ref);
    if (refs) return { at: byRef.get(refs[0] as string)?.i ?? 0, refs };
  }
  return null;
}

import { PLAN_KINDS, type PlanKind, type PlanTemplate, type PlanTemplateTask } from '@trustcircle/contracts';
import { STAGE_META } from '../accounts/meta.ts';
import { PHASE_META } from '../lifecycle/meta.ts';

export const KIND_LABEL: Record<PlanKind, string> = {
  onboarding: 'Onboarding',
  expansion: 'Expansion',
  renewal: 'Renewal',
  recovery: 'Recovery',
  custom: 'Custom',
};
export const KIND_OPTIONS = PLAN_KINDS.map((value) => ({ value, label: KIND_LABEL[value] }));

/** Our side and theirs, as the team says it (the same words as on a plan). */
export const SIDE_LABEL = { vendor: 'Us', customer: 'Customer' } as const;

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "12 days after the start", "3 days after Kickoff call", "No due date". */
export function dueWords(task: PlanTemplateTask, tasks: readonly PlanTemplateTask[]): string {
  const rule = task.dueRule;
  if (!rule) return 'No due date';
  if (rule.from === 'plan_start')
    return rule.days === 0 ? 'The day the plan starts' : `${plural(rule.days, 'day')} after the start`;
  const base = tasks.find((t) => t.ref === rule.taskRef);
  const name = base ? `“${base.title}”` : 'another task';
  return rule.days === 0 ? `The day ${name} is due` : `${plural(rule.days, 'day')} after ${name}`;
}

/** "Starts when an account enters Customer", or null for a template started by hand. */
export function autoStartWords(t: Pick<PlanTemplate, 'startsOnStage' | 'startsOnPhase'>): string | null {
  if (t.startsOnStage) return `Starts by itself when an account becomes ${STAGE_META[t.startsOnStage].label}`;
  if (t.startsOnPhase)
    return `Starts by itself when a customer enters ${PHASE_META[t.startsOnPhase].label.toLowerCase()}`;
  return null;
}

/** "3 milestones · 8 tasks (5 ours, 3 the customer's)". */
export function sizeWords(t: Pick<PlanTemplate, 'milestones' | 'tasks'>): string {
  const ours = t.tasks.filter((x) => x.ownerSide === 'vendor').length;
  const theirs = t.tasks.length - ours;
  const tasks = t.tasks.length
    ? `${plural(t.tasks.length, 'task')} (${ours} ours, ${theirs} the customer’s)`
    : 'no tasks yet';
  return t.milestones.length ? `${plural(t.milestones.length, 'milestone')} · ${tasks}` : tasks;
}

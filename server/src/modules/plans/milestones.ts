import type { PlanTaskStatus } from '@trustcircle/contracts';
import { isClosed } from './accountability.ts';

/** Milestone rules, pure: when a milestone is complete, and where milestones sit in their plan. */
export type MilestoneState = { id: string; completedAt: string | null };
export type MilestoneTask = { milestoneId: string | null; status: PlanTaskStatus };

/**
 * What the tasks say about each milestone: one with tasks is complete exactly when every task
 * is done or skipped (internal ones too: they are work all the same). One without tasks keeps
 * whatever a person set by hand, so it is left out of both lists.
 */
export function milestoneChanges(
  milestones: readonly MilestoneState[],
  tasks: readonly MilestoneTask[],
): { complete: string[]; reopen: string[] } {
  const complete: string[] = [];
  const reopen: string[] = [];
  for (const m of milestones) {
    const own = tasks.filter((t) => t.milestoneId === m.id);
    if (own.length === 0) continue;
    const allClosed = own.every((t) => isClosed(t.status));
    if (allClosed && !m.completedAt) complete.push(m.id);
    if (!allClosed && m.completedAt) reopen.push(m.id);
  }
  return { complete, reopen };
}

/**
 * The order after putting `id` at `position` (0 is first; past the end is last). The ids
 * given are in their current order; `id` may be new to the list.
 */
export function placeAt(ids: readonly string[], id: string, position: number | undefined): string[] {
  const rest = ids.filter((x) => x !== id);
  const at = position === undefined ? rest.length : Math.max(0, Math.min(position, rest.length));
  return [...rest.slice(0, at), id, ...rest.slice(at)];
}

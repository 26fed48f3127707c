import type { Phase, Stage } from '@trustcircle/contracts';

export type Position = { stage: Stage; phase: Phase | null };

/**
 * Pure: where a requested change lands. Only customers have a phase; a new customer starts
 * in onboarding (the trial zone right after the purchase); an advocate, a prospect or a
 * churned account has none. Returns why the request cannot be, instead of a position.
 */
export function targetPosition(from: Position, want: { stage: Stage; phase?: Phase }): Position | string {
  if (want.stage !== 'customer') {
    if (want.phase) return `only customers have a phase; ${want.stage} has none`;
    return { stage: want.stage, phase: null };
  }
  const phase = want.phase ?? (from.stage === 'customer' ? from.phase : null) ?? 'onboarding';
  return { stage: 'customer', phase };
}

export const samePosition = (a: Position, b: Position) => a.stage === b.stage && a.phase === b.phase;

/**
 * Pure: where a new account starts. A customer made by hand or from product events has just
 * bought (onboarding); one imported from a CRM is an established customer (adoption).
 */
export function initialPosition(stage: Stage, imported: boolean): Position {
  return { stage, phase: stage === 'customer' ? (imported ? 'adoption' : 'onboarding') : null };
}

import { type Funnel, PHASES, type Phase, STAGES, type Stage } from '@trustcircle/contracts';

export type ChangePoint = {
  account_id: string;
  to_stage: string;
  to_phase: string | null;
  changed_at: string;
};

const DAY = 86_400_000;

/** The moves whose rates the report shows: around the circle, and out of it. */
export const CONVERSIONS: Array<[Stage, Stage]> = [
  ['stranger', 'prospect'],
  ['prospect', 'customer'],
  ['customer', 'advocate'],
  ['customer', 'churned'],
];

type Stay = { account: string; key: string; start: number; end: number | null; next: string | null };

/** One account's stays in stages (or phases), from its changes in time order. */
function staysOf(points: ChangePoint[], keyOf: (p: ChangePoint) => string | null): Stay[] {
  const stays: Stay[] = [];
  for (const p of points) {
    const key = keyOf(p);
    const at = Date.parse(p.changed_at);
    const open = stays.at(-1);
    if (open && open.end === null) {
      if (open.key === key) continue;
      open.end = at;
      open.next = key;
    }
    if (key) stays.push({ account: p.account_id, key, start: at, end: null, next: null });
  }
  return stays;
}

const mean = (xs: number[]) =>
  xs.length ? Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 10) / 10 : null;

function summarize<K extends string>(keys: readonly K[], stays: Stay[], now: number) {
  return keys.map((key) => {
    const mine = stays.filter((s) => s.key === key);
    const done = mine.filter((s) => s.end !== null).map((s) => ((s.end ?? now) - s.start) / DAY);
    const current = mine.filter((s) => s.end === null).map((s) => (now - s.start) / DAY);
    return { key, count: current.length, averageDays: mean(done), currentAverageDays: mean(current) };
  });
}

/**
 * Pure: the Trust Circle funnel from the history of changes (each account's in time order,
 * up to the end of the period). Where accounts are and how long they stay; and, for each
 * move, of the accounts that were in the first stage at some time in the period, how many
 * made the move within it.
 */
export function computeFunnel(
  changes: ChangePoint[],
  period: { from: string; to: string },
  now: Date,
): Funnel {
  const start = Date.parse(`${period.from}T00:00:00.000Z`);
  const end = Date.parse(`${period.to}T00:00:00.000Z`) + DAY;
  const at = Math.min(now.getTime(), end);
  const byAccount = new Map<string, ChangePoint[]>();
  for (const c of changes) {
    const list = byAccount.get(c.account_id) ?? [];
    list.push(c);
    byAccount.set(c.account_id, list);
  }
  const stageStays: Stay[] = [];
  const phaseStays: Stay[] = [];
  for (const points of byAccount.values()) {
    stageStays.push(...staysOf(points, (p) => p.to_stage));
    phaseStays.push(
      ...staysOf(points, (p) => (p.to_stage === 'customer' ? (p.to_phase ?? 'onboarding') : null)),
    );
  }
  const conversions = CONVERSIONS.map(([from, to]) => {
    const inPeriod = stageStays.filter(
      (s) => s.key === from && s.start < end && (s.end === null || s.end >= start),
    );
    const cohort = new Set(inPeriod.map((s) => s.account)).size;
    const moved = inPeriod.filter((s) => s.next === to && s.end !== null && s.end >= start && s.end < end);
    const converted = new Set(moved.map((s) => s.account)).size;
    return {
      from,
      to,
      cohort,
      converted,
      rate: cohort ? Math.round((converted / cohort) * 1000) / 1000 : null,
    };
  });
  return {
    from: period.from,
    to: period.to,
    stages: summarize(STAGES, stageStays, at).map(({ key, ...s }) => ({ stage: key as Stage, ...s })),
    phases: summarize(PHASES, phaseStays, at).map(({ key, ...s }) => ({ phase: key as Phase, ...s })),
    conversions,
  };
}

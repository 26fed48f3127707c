/**
 * How long to wait before the next attempt of a failed job: exponential from 5 s, capped at
 * one hour, with up to 20% jitter so many failed jobs do not retry in lockstep.
 */
export function retryDelayMs(attempt: number, random: () => number = Math.random): number {
  const base = 5_000 * 2 ** Math.max(0, attempt - 1);
  const capped = Math.min(base, 3_600_000);
  return Math.round(capped * (1 + 0.2 * random()));
}

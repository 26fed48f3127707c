/**
 * Sign-in throttling that slows guessing without locking anyone out (OWASP's authentication
 * guidance, and its "Slow Down Online Guessing Attacks with Device Cookies"):
 *
 * - Each account has a counter of consecutive failures for the browsers it has not signed in
 *   from (`*`), and one per browser holding its device cookie. After a few free failures
 *   (typos), each failure makes the next attempt on that counter wait twice as long as the
 *   one before, up to a cap. An attempt inside the wait is refused without being evaluated.
 *   A browser the owner signed in from has its own counter, so an attacker's guesses from
 *   elsewhere never hold the owner back.
 * - Failures without a device cookie also count per network address across accounts, so one
 *   address cannot try a few passwords on each of many accounts.
 *
 * Unknown emails count exactly like known ones, so the answers say nothing about who has an
 * account. These are the rules; `attempts.ts` keeps the counts in the database.
 */
export const THROTTLE = {
  /** Consecutive failures that cost nothing: people mistype. */
  freeFailures: 3,
  /** The wait after the first failure past the free ones; it doubles with each one after. */
  firstWaitMs: 2_000,
  /** The longest wait: in steady state about four guesses an hour on one account. */
  maxWaitMs: 15 * 60_000,
  /** A counter without a failure for this long starts again from zero. */
  forgetAfterMs: 24 * 3_600_000,
  /** Failed sign-ins without a device cookie allowed from one address, across accounts… */
  perAddress: 30,
  /** …within this sliding window. */
  addressWindowMs: 15 * 60_000,
} as const;

/** How long the next attempt waits after `failures` consecutive failures. */
export function waitAfter(failures: number): number {
  if (failures <= THROTTLE.freeFailures) return 0;
  const doublings = failures - THROTTLE.freeFailures - 1;
  // 2^doublings overflows to Infinity long after the cap; min() keeps it finite.
  return Math.min(THROTTLE.maxWaitMs, THROTTLE.firstWaitMs * 2 ** doublings);
}

export type Counter = { failures: number; lastFailureAt: string; nextAttemptAt: string };

/**
 * What an attempt on a counter may do now: wait (not evaluated), or go ahead, counted in
 * advance as one more failure (a success clears it). Counting before evaluating is what
 * keeps concurrent guesses from all slipping through the same free slot.
 */
export type Claim =
  | { ok: false; retryAfterSeconds: number }
  | { ok: true; expectedFailures: number; next: Counter };

export function claimAttempt(counter: Counter | null, now: Date): Claim {
  const t = now.getTime();
  const live = counter && t - Date.parse(counter.lastFailureAt) < THROTTLE.forgetAfterMs ? counter : null;
  if (live) {
    const waitMs = Date.parse(live.nextAttemptAt) - t;
    if (waitMs > 0) return { ok: false, retryAfterSeconds: Math.ceil(waitMs / 1000) };
  }
  const failures = (live?.failures ?? 0) + 1;
  return {
    ok: true,
    // The compare-and-set matches the stored row's count, even when it was forgotten.
    expectedFailures: counter?.failures ?? 0,
    next: {
      failures,
      lastFailureAt: now.toISOString(),
      nextAttemptAt: new Date(t + waitAfter(failures)).toISOString(),
    },
  };
}

/**
 * The per-address cap. `others` are the times of the other failures from the address within
 * the window, newest first, at most `perAddress` of them. When the cap is reached, the wait
 * lasts until the oldest of those leaves the window.
 */
export function addressDecision(
  others: string[],
  now: Date,
): { ok: true } | { ok: false; retryAfterSeconds: number } {
  if (others.length < THROTTLE.perAddress) return { ok: true };
  const oldest = others[THROTTLE.perAddress - 1] ?? now.toISOString();
  const waitMs = Date.parse(oldest) + THROTTLE.addressWindowMs - now.getTime();
  return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
}

export const addressWindowStart = (now: Date) =>
  new Date(now.getTime() - THROTTLE.addressWindowMs).toISOString();

/**
 * Login throttling that an attacker cannot turn into a lockout: failures count per
 * (email, IP address) pair and per IP address, never per email alone, so guessing a
 * victim's password from elsewhere does not stop the victim from signing in.
 */
export const THROTTLE = {
  windowMs: 15 * 60_000,
  perPair: 5,
  perIp: 30,
} as const;

export type ThrottleCounts = { pair: number; ip: number; oldestPairFailure: string | null };

export type ThrottleDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export function loginThrottle(counts: ThrottleCounts, now: Date): ThrottleDecision {
  if (counts.ip >= THROTTLE.perIp) {
    return { allowed: false, retryAfterSeconds: Math.ceil(THROTTLE.windowMs / 1000) };
  }
  if (counts.pair >= THROTTLE.perPair) {
    const oldest = counts.oldestPairFailure ? new Date(counts.oldestPairFailure).getTime() : now.getTime();
    const waitMs = Math.max(1000, oldest + THROTTLE.windowMs - now.getTime());
    return { allowed: false, retryAfterSeconds: Math.ceil(waitMs / 1000) };
  }
  return { allowed: true };
}

export const throttleWindowStart = (now: Date) => new Date(now.getTime() - THROTTLE.windowMs).toISOString();

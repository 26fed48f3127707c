/**
 * A token bucket per workspace, counted in events: `rate` events a second, bursts of twice
 * that. Per server process; several web nodes each allow their share.
 */
export class EventRateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly rate: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Takes `n` events' worth of tokens, or returns the seconds to wait before retrying. */
  take(key: string, n: number): { ok: true } | { ok: false; retryAfterSeconds: number } {
    const burst = this.rate * 2;
    const t = this.now();
    const b = this.buckets.get(key) ?? { tokens: burst, at: t };
    b.tokens = Math.min(burst, b.tokens + ((t - b.at) / 1000) * this.rate);
    b.at = t;
    this.buckets.set(key, b);
    if (b.tokens >= n) {
      b.tokens -= n;
      return { ok: true };
    }
    return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((n - b.tokens) / this.rate)) };
  }
}

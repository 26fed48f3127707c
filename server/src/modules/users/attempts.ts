import type { BaseCtx } from '../../platform/context.ts';
import { DomainError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import {
  deleteLoginCounter,
  deleteLoginFailure,
  findLoginCounter,
  insertLoginFailure,
  recentLoginFailures,
  swapLoginCounter,
} from './repository/index.ts';
import { addressDecision, addressWindowStart, claimAttempt, THROTTLE } from './throttle.ts';

/** The counter for every browser without a device cookie for the account. */
export const UNKNOWN_CLIENTS = '*';

/** One sign-in attempt that was let through: counted as a failure until it succeeds. */
export type Attempt = { email: string; client: string; addressFailureId: string | null };

type Who = { email: string; device: string | null; address: string };

/**
 * Lets an attempt through the throttle or throws LIMIT_EXCEEDED with the wait. A browser with
 * a device cookie uses only its own counter; any other attempt passes the per-address cap and
 * the account's counter for unknown browsers. Either way the attempt is counted before the
 * password is checked (see claimAttempt); `settleAttempt` takes it back on success.
 */
export async function beginAttempt(ctx: BaseCtx, who: Who): Promise<Attempt> {
  const now = ctx.clock.now();
  const client = who.device ? `d:${who.device}` : UNKNOWN_CLIENTS;
  const addressFailureId = who.device ? null : await claimAddress(ctx, who, now);
  try {
    await claimCounter(ctx, who.email, client, now);
  } catch (err) {
    // Refused attempts are not evaluated, so they are not failures of the address either.
    if (addressFailureId) await deleteLoginFailure(ctx.db, addressFailureId);
    throw err;
  }
  return { email: who.email, client, addressFailureId };
}

/** A right password: the counter of this client starts again, and the address is not charged. */
export async function settleAttempt(ctx: BaseCtx, attempt: Attempt): Promise<void> {
  await deleteLoginCounter(ctx.db, attempt.email, attempt.client);
  if (attempt.addressFailureId) await deleteLoginFailure(ctx.db, attempt.addressFailureId);
}

/**
 * The address's failure is written first and the others counted after, so of many attempts
 * racing on several web nodes at most the cap's worth see fewer others than the cap.
 */
async function claimAddress(ctx: BaseCtx, who: Who, now: Date): Promise<string> {
  const id = newId();
  await insertLoginFailure(ctx.db, { id, email: who.email, ip: who.address, at: now.toISOString() });
  const others = await recentLoginFailures(
    ctx.db,
    who.address,
    id,
    addressWindowStart(now),
    THROTTLE.perAddress,
  );
  const decision = addressDecision(others, now);
  if (decision.ok) return id;
  await deleteLoginFailure(ctx.db, id);
  throw new DomainError(
    'LIMIT_EXCEEDED',
    `Too many failed sign-ins from your network. Try again in ${spell(decision.retryAfterSeconds)}.`,
    { retryAfterSeconds: decision.retryAfterSeconds, scope: 'network' },
  );
}

async function claimCounter(ctx: BaseCtx, email: string, client: string, now: Date): Promise<void> {
  // Losing the compare-and-set means another attempt just claimed the counter: read it again.
  for (let round = 0; round < 3; round++) {
    const claim = claimAttempt(await findLoginCounter(ctx.db, email, client), now);
    if (!claim.ok) throw waitError(client, claim.retryAfterSeconds);
    if (await swapLoginCounter(ctx.db, { email, client }, claim.expectedFailures, claim.next)) return;
  }
  throw waitError(client, 1);
}

function waitError(client: string, retryAfterSeconds: number) {
  const from = client === UNKNOWN_CLIENTS ? 'for this account' : 'from this browser';
  const hint =
    client === UNKNOWN_CLIENTS ? ' A browser you have signed in with before is not held back.' : '';
  return new DomainError(
    'LIMIT_EXCEEDED',
    `Too many failed sign-ins ${from}. Try again in ${spell(retryAfterSeconds)}.${hint}`,
    { retryAfterSeconds, scope: client === UNKNOWN_CLIENTS ? 'account' : 'device' },
  );
}

/** "1 second", "40 seconds", "3 minutes": the wait as a person reads it. */
export function spell(seconds: number): string {
  if (seconds < 90) return seconds === 1 ? '1 second' : `${seconds} seconds`;
  return `${Math.ceil(seconds / 60)} minutes`;
}

import { createHmac } from 'node:crypto';
import { purposeKey, readSigned, signValue } from '../../platform/auth/signed.ts';
import { randomToken } from '../../platform/auth/tokens.ts';

/**
 * OWASP's device cookie: a browser that signed in to an account gets a signed cookie naming
 * that account and a random nonce. With it, the browser's failed attempts count on a counter
 * of its own, so it is never held back by someone else guessing the password. It is not a
 * credential: without the password it opens nothing.
 *
 * One cookie per account (its name is derived from the account), so a shared browser keeps
 * each person's; a new one replaces it at every sign-in, and it is sent only to the login.
 */
export const DEVICE_COOKIE_PREFIX = 'tc_device_';
export const DEVICE_COOKIE_PATH = '/api/v1/auth/login';
export const DEVICE_DAYS = 180;

const CLOCK_SKEW_MS = 5 * 60_000;

export type DeviceCookie = { name: string; value: string; maxAgeSeconds: number };

export function deviceCookieName(secret: string, userId: string): string {
  const tag = createHmac('sha256', purposeKey(secret, 'device-cookie-name'))
    .update(userId)
    .digest('base64url')
    .slice(0, 16);
  return `${DEVICE_COOKIE_PREFIX}${tag}`;
}

/** A new device cookie for the account, issued when it signed in from this browser. */
export function issueDeviceCookie(secret: string, userId: string, now: Date, nonce = randomToken(16)) {
  const issued = Math.floor(now.getTime() / 1000).toString(36);
  return {
    name: deviceCookieName(secret, userId),
    value: signValue(purposeKey(secret, 'device-cookie'), `${userId}~${issued}~${nonce}`),
    maxAgeSeconds: DEVICE_DAYS * 86_400,
  } satisfies DeviceCookie;
}

/**
 * The nonce of a genuine, unexpired device cookie for this account, or null: a forged,
 * altered, expired cookie or one for another account makes the browser an unknown one.
 */
export function readDeviceCookie(
  secret: string,
  userId: string,
  value: string | undefined,
  now: Date,
): string | null {
  if (!value) return null;
  const signed = readSigned(purposeKey(secret, 'device-cookie'), value);
  const [owner, issued, nonce, ...rest] = signed?.split('~') ?? [];
  if (owner !== userId || !issued || !nonce || rest.length > 0) return null;
  const issuedMs = Number.parseInt(issued, 36) * 1000;
  const age = now.getTime() - issuedMs;
  // A few minutes of grace: another web node's clock may run a little ahead of this one.
  return Number.isFinite(issuedMs) && age > -CLOCK_SKEW_MS && age <= DEVICE_DAYS * 86_400_000 ? nonce : null;
}

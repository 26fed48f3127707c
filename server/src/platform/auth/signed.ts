import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * A value signed with the installation's secret, for links that must keep working for months
 * and need no row of their own (the email-preferences link in every reminder). Values must not
 * contain a '.'.
 */
export function signValue(secret: string, value: string): string {
  return `${value}.${mac(secret, value)}`;
}

/** HMAC-SHA256 cut to 128 bits (as NIST allows), so links stay short enough for URL paths. */
const mac = (secret: string, value: string) =>
  createHmac('sha256', secret).update(value).digest().subarray(0, 16).toString('base64url');

/** The value inside a signed token, or null when the signature does not match. */
export function readSigned(secret: string, token: string): string | null {
  const dot = token.lastIndexOf('.');
  if (dot <= 0) return null;
  const value = token.slice(0, dot);
  const given = Buffer.from(token.slice(dot + 1));
  const expected = Buffer.from(mac(secret, value));
  return given.length === expected.length && timingSafeEqual(given, expected) ? value : null;
}

/**
 * A key for one purpose, derived from the installation's secret, so that a value signed for
 * one purpose (a device cookie) never verifies as another (an email-preferences link).
 */
export const purposeKey = (secret: string, purpose: string): string =>
  createHmac('sha256', secret).update(`trustcircle:${purpose}`).digest('base64url');

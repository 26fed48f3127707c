import { createHash, randomBytes } from 'node:crypto';

/** 256 random bits, URL-safe. Used for sessions, invitations, resets, API keys and share links. */
export const randomToken = (bytes = 32): string => randomBytes(bytes).toString('base64url');

/**
 * Tokens are stored only as their SHA-256. They carry 256 bits of randomness, so a fast
 * hash is enough (no dictionary to guess from) and lookups stay a single index probe.
 */
export const hashToken = (token: string): string => createHash('sha256').update(token).digest('base64url');

import { randomFillSync } from 'node:crypto';
import { v7 } from 'uuid';

/** UUIDv7: sortable by creation time, so keyset pages over ids follow insertion order. */
export const newId = (): string => v7();

/**
 * The smallest UUIDv7 of a moment: every id made at or after `at` sorts after it, so "older
 * than" becomes a range on the primary key.
 */
export function uuidv7Floor(at: Date): string {
  const hex = at.getTime().toString(16).padStart(12, '0');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-7000-8000-000000000000`;
}

// Ingestion makes tens of thousands of ids a second: their random bits come from one pool,
// refilled 1,024 ids at a time, instead of a crypto call per id.
const POOL_IDS = 1024;
const pool = new Uint8Array(16 * POOL_IDS);
let used = POOL_IDS;

/** A UUIDv7 for a given moment in epoch milliseconds (the receive time of an event). */
export function newIdAt(msecs: number): string {
  if (used === POOL_IDS) {
    randomFillSync(pool);
    used = 0;
  }
  const random = pool.subarray(used * 16, ++used * 16);
  return v7({ msecs, random });
}

/**
 * Deletes of rows whose ids in-process caches may hold (accounts, contacts). A cache notes
 * the count when it starts to use what it holds, and empties itself when the count has
 * moved since: deletes are rare, so a cold cache now and then costs little, and an id the
 * database no longer has is never handed out. Counted inside the deleting transaction, so
 * on SQLite (one connection) no write sees the row gone while a cache still has it.
 */
let deletes = 0;

export const deletesSoFar = (): number => deletes;

export function noteDelete(): void {
  deletes += 1;
}

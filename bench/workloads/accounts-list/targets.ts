/** The targets: p95 under 50 ms on SQLite, and the API within 2× of its own SQL. */
export const TARGET_P95_MS = 50;
export const TARGET_RATIO = 2;

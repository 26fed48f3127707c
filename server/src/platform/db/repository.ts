import { sql } from 'kysely';
import type { Db } from '../context.ts';

/** A round trip to the database, for /readyz. */
export async function pingDatabase(db: Db): Promise<void> {
  await sql`select 1`.execute(db);
}

import type { Config } from '../platform/config/index.ts';

/**
 * The database a command used, as its errors show it: a server and a command pointed at
 * different data folders (or servers) are then plain to see. Never the password.
 */
export type DatabaseInUse = {
  kind: 'sqlite' | 'postgres';
  /** The SQLite file's absolute path, or the PostgreSQL URL without its password. */
  location: string;
  chosenBy: Config['databaseChosenBy'];
};

export function databaseInUse(config: Pick<Config, 'database' | 'databaseChosenBy'>): DatabaseInUse {
  const { database, databaseChosenBy: chosenBy } = config;
  return database.kind === 'sqlite'
    ? { kind: 'sqlite', location: database.file, chosenBy }
    : { kind: 'postgres', location: withoutPassword(database.url), chosenBy };
}

/** A connection URL without its password, in the user part or as a query parameter. */
export function withoutPassword(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    // Not a URL we can take apart: show nothing of it rather than a secret.
    return '(a DATABASE_URL that is not a valid URL)';
  }
  parsed.password = '';
  for (const key of [...parsed.searchParams.keys()]) {
    if (/password/i.test(key)) parsed.searchParams.delete(key);
  }
  return parsed.toString();
}

/** One line for a person: which database, and the setting that chose it. */
export function describeDatabase(db: DatabaseInUse): string {
  const what =
    db.kind === 'sqlite' ? `the SQLite database ${db.location}` : `the PostgreSQL database ${db.location}`;
  if (db.chosenBy === 'default') {
    return `${what} (the default ./data of the folder it ran in: neither TRUSTCIRCLE_DATA_DIR nor DATABASE_URL is set)`;
  }
  return `${what} (from ${db.chosenBy})`;
}

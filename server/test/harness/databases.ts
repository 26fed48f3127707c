import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { testDatabaseUrl } from '../../src/platform/config/index.ts';
import type { DatabaseTarget } from '../../src/platform/db/connect.ts';

export type TestDatabase = { name: 'sqlite' | 'postgres'; target: DatabaseTarget; drop: () => Promise<void> };

/** The embedded database: a real SQLite file in a fresh temporary folder. */
export function sqliteDatabase(): TestDatabase {
  const dir = mkdtempSync(path.join(tmpdir(), 'tc-test-'));
  return {
    name: 'sqlite',
    target: { kind: 'sqlite', file: path.join(dir, 'test.db') },
    drop: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

/**
 * A fresh PostgreSQL database on the server TEST_DATABASE_URL names, dropped afterwards, so
 * test runs never see each other's rows.
 */
export async function postgresDatabase(adminUrl: string): Promise<TestDatabase> {
  const name = `tc_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    name: 'postgres',
    target: { kind: 'postgres', url: url.toString() },
    drop: async () => {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

/** SQLite always; PostgreSQL too when TEST_DATABASE_URL is set. */
export function databaseKinds(): Array<'sqlite' | 'postgres'> {
  return testDatabaseUrl() ? ['sqlite', 'postgres'] : ['sqlite'];
}

export async function openTestDatabase(kind: 'sqlite' | 'postgres'): Promise<TestDatabase> {
  if (kind === 'sqlite') return sqliteDatabase();
  const url = testDatabaseUrl();
  if (!url) throw new Error('TEST_DATABASE_URL is not set');
  return postgresDatabase(url);
}

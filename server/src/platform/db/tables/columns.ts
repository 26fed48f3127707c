import type { ColumnType } from 'kysely';

/**
 * Column types as both databases return them. Timestamps are ISO-8601 strings on both
 * (PostgreSQL's timestamptz is parsed back to ISO); flags are 0/1 on SQLite and booleans on
 * PostgreSQL, so they are written as numbers and read with Boolean(); JSON is text on SQLite
 * and jsonb on PostgreSQL, so it is written as a string and read with parseJson().
 */
export type Timestamp = string;
export type Flag = ColumnType<boolean | number, number, number>;
export type Json = ColumnType<unknown, string, string>;
export type BigNumber = ColumnType<number, number, number>;

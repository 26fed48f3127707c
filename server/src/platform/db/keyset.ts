import { type SelectQueryBuilder, type SqlBool, sql } from 'kysely';
import { invalid } from '../errors.ts';

/**
 * Keyset pagination over (sort column, id). The cursor is opaque to clients: base64url of
 * the last row's sort value and id. Nullable columns sort their nulls last in both
 * directions on both databases.
 */
export type SortSpec = {
  column: string;
  direction: 'asc' | 'desc';
  nullable: boolean;
  /** Nulls before the values (e.g. "never seen" first when sorting by last seen, oldest first). */
  nullsFirst?: boolean;
  /**
   * What the column holds, when it is not text: a forged cursor with a value of another kind
   * is refused (400) before PostgreSQL would fail comparing it (500).
   */
  type?: 'day' | 'timestamp' | 'number';
};

const CURSOR_VALUE: Record<NonNullable<SortSpec['type']>, (v: string | number) => boolean> = {
  day: (v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v)),
  timestamp: (v) => typeof v === 'string' && !Number.isNaN(Date.parse(v)),
  number: (v) => typeof v === 'number' && Number.isFinite(v),
};
export type CursorValue = { v: string | number | null; id: string };

export function encodeCursor(value: CursorValue): string {
  return Buffer.from(JSON.stringify([value.v, value.id])).toString('base64url');
}

export function decodeCursor(cursor: string | undefined): CursorValue | null {
  if (!cursor) return null;
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (!Array.isArray(parsed) || parsed.length !== 2) return null;
    const [v, id] = parsed as [unknown, unknown];
    if (typeof id !== 'string') return null;
    if (v !== null && typeof v !== 'string' && typeof v !== 'number') return null;
    return { v, id };
  } catch {
    return null;
  }
}

// biome-ignore lint/suspicious/noExplicitAny: one pager serves every table's select builder
type AnySelect<R> = SelectQueryBuilder<any, any, R>;

/**
 * Runs a keyset page: rows after the cursor in (sort column, id) order. The cursor test is a
 * row-value comparison, `(col, id) > (v, id)`, which both databases turn into an index range
 * (an OR of the two conditions makes them scan from the start instead). A nullable column is
 * paged in two phases, its values and its nulls (in id order), nulls last unless the spec
 * says first; each phase still walks a plain (workspace_id, col, id) index.
 */
export async function fetchKeysetPage<R>(
  query: AnySelect<R>,
  spec: SortSpec,
  cursor: CursorValue | null,
  limit: number,
  qualify: (c: string) => string = (c) => c,
): Promise<R[]> {
  if (cursor && cursor.v !== null && spec.type && !CURSOR_VALUE[spec.type](cursor.v))
    throw invalid('cursor: not a cursor this API returned');
  const col = qualify(spec.column);
  const id = qualify('id');
  const cmp = spec.direction === 'asc' ? '>' : '<';
  const after = (q: AnySelect<R>, v: string | number, cursorId: string) =>
    q.where((eb) => eb(eb.refTuple(col, id), cmp, eb.tuple(v, cursorId)));
  const ordered = (q: AnySelect<R>) => q.orderBy(col, spec.direction).orderBy(id, spec.direction);

  if (!spec.nullable) {
    const q = cursor && cursor.v !== null ? after(query, cursor.v, cursor.id) : query;
    return ordered(q).limit(limit).execute();
  }
  const valuesAfter = (c: CursorValue | null, n: number) => {
    let values = query.where(col, 'is not', null);
    if (c && c.v !== null) values = after(values, c.v, c.id);
    return ordered(values).limit(n).execute();
  };
  const nullsAfter = (c: CursorValue | null, n: number) => {
    let nulls = query.where(col, 'is', null);
    if (c && c.v === null) nulls = nulls.where(id, cmp, c.id);
    return nulls.orderBy(id, spec.direction).limit(n).execute();
  };
  const inNulls = cursor !== null && cursor.v === null;
  const rows: R[] = [];
  if (spec.nullsFirst) {
    if (!cursor || inNulls) rows.push(...(await nullsAfter(cursor, limit)));
    if (rows.length < limit) rows.push(...(await valuesAfter(inNulls ? null : cursor, limit - rows.length)));
    return rows;
  }
  if (!inNulls) rows.push(...(await valuesAfter(cursor, limit)));
  if (rows.length < limit) rows.push(...(await nullsAfter(cursor, limit - rows.length)));
  return rows;
}

/** Escapes LIKE wildcards so a search for "50%" matches the text "50%". */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
}

/**
 * The normalised form that search_text columns store and searches use: lower case, accents
 * removed, so "Müller" is found by "muller" on both databases.
 */
export function searchable(...parts: Array<string | null | undefined>): string {
  return parts.filter(Boolean).join(' ').normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** `column LIKE %text%` with the wildcards in text escaped, the same on both databases. */
export function contains(column: string, text: string) {
  return sql<SqlBool>`${sql.ref(column)} like ${likePattern(searchable(text))} escape '\\'`;
}

/** The cursor a client sent back, or a VALIDATION error when it is not one of ours. */
export function readCursor(cursor: string | undefined): CursorValue | null {
  const decoded = decodeCursor(cursor);
  if (cursor && !decoded) throw invalid('cursor: not a cursor this API returned');
  return decoded;
}

/**
 * One page from rows fetched with limit + 1: the extra row only tells that a next page exists,
 * and the last row shown becomes the next cursor.
 */
export function toPage<R extends { id: string }, T>(
  rows: R[],
  limit: number,
  present: (row: R) => T,
  sortValue: (row: R) => string | number | null,
): { data: T[]; nextCursor: string | null } {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    data: page.map(present),
    nextCursor: rows.length > limit && last ? encodeCursor({ v: sortValue(last), id: last.id }) : null,
  };
}

/**
 * A page of a newest-first list walked by id (UUIDv7, so by time): fetch `limit + 1` rows
 * with `id < cursor`; the last id shown is the next cursor.
 */
export function pageById<R extends { id: string }, T>(rows: R[], limit: number, present: (row: R) => T) {
  const page = rows.slice(0, limit);
  return { data: page.map(present), nextCursor: rows.length > limit ? (page.at(-1)?.id ?? null) : null };
}

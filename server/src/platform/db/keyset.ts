import { type ExpressionBuilder, type ExpressionWrapper, type SqlBool, sql } from 'kysely';
import { invalid } from '../errors.ts';

/**
 * Keyset pagination over (sort column, id). The cursor is opaque to clients: base64url of
 * the last row's sort value and id. Nullable columns sort their nulls last in both
 * directions on both databases.
 */
export type SortSpec = { column: string; direction: 'asc' | 'desc'; nullable: boolean };
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

// biome-ignore lint/suspicious/noExplicitAny: the builder is generic over every table that pages
type AnyEb = ExpressionBuilder<any, any>;

/** The WHERE condition for "rows after the cursor" under the given sort. */
export function afterCursor(
  eb: AnyEb,
  spec: SortSpec,
  cursor: CursorValue,
  qualify: (c: string) => string = (c) => c,
): ExpressionWrapper<never, never, SqlBool> {
  const col = eb.ref(qualify(spec.column));
  const id = eb.ref(qualify('id'));
  const cmp = spec.direction === 'asc' ? '>' : '<';
  if (cursor.v === null) {
    return eb.and([eb(col, 'is', null), eb(id, cmp, cursor.id)]) as ExpressionWrapper<never, never, SqlBool>;
  }
  const ors = [eb(col, cmp, cursor.v), eb.and([eb(col, '=', cursor.v), eb(id, cmp, cursor.id)])];
  if (spec.nullable) ors.push(eb(col, 'is', null));
  return eb.or(ors) as ExpressionWrapper<never, never, SqlBool>;
}

/** ORDER BY terms matching afterCursor. */
export function orderTerms(spec: SortSpec, qualify: (c: string) => string = (c) => c) {
  const terms = [];
  if (spec.nullable) terms.push(sql`case when ${sql.ref(qualify(spec.column))} is null then 1 else 0 end`);
  terms.push(sql`${sql.ref(qualify(spec.column))} ${sql.raw(spec.direction)}`);
  terms.push(sql`${sql.ref(qualify('id'))} ${sql.raw(spec.direction)}`);
  return terms;
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

import type { InsertRate } from '../../lib/seed/seed-accounts.ts';
import { CACHE_MIB, CHECKPOINT_PAGES } from '../../lib/seed/sqlite.ts';
import type { DatabaseKind } from '../../lib/settings.ts';
import type { Summary } from '../../lib/stats.ts';
import { formatTable, int, ms, ratio, verdict } from '../../lib/table.ts';
import type { Figures } from './measure.ts';
import type { Query } from './prepare.ts';
import { condensePlan, proposalLines } from './report-proposals.ts';
import { TARGET_P95_MS, TARGET_RATIO } from './targets.ts';

export type KindResult = {
  name: string;
  description: string;
  url: string;
  rows: number;
  matches: number;
  /** Under load (N connections) and one request at a time (1 connection). */
  loaded: Figures;
  alone: Figures;
  raw: {
    iterations: number;
    latency: Summary;
    perQuery: Array<{ label: string; latency: Summary | undefined }>;
  };
  queries: Query[];
  plan: string[];
};

export type ProposalsResult = {
  indexes: Array<{ id: string; change: string; seconds: number }>;
  queryChanges: Array<{ id: string; change: string }>;
  kinds: Array<{
    name: string;
    /** The same SQL on the proposed indexes, and with the query changes as well. */
    rawIndexes: Summary;
    rawAll: Summary;
    applied: string[];
    queries: Query[];
    plan: string[];
    /** The unchanged API on the proposed indexes. */
    loaded: Figures;
    alone: Figures;
  }>;
  overall: { loaded: Figures; alone: Figures; rawIndexes: Summary; rawAll: Summary };
};

export type Verdict = { kind: string; check: string; value: number; target: number; pass: boolean };

export type AccountsListResult = {
  database: DatabaseKind;
  scale: number;
  data: { accounts: number; contacts: number; tags: number; members: number };
  seeding: { inserts: InsertRate[]; analyzeSeconds: number; wallSeconds: number };
  load: { connections: number; seconds: number; warmup: number; single: number; logLevel: string };
  kinds: KindResult[];
  overall: { loaded: Figures; alone: Figures; raw: { latency: Summary } };
  bareHttp: { bodyBytes: number; loaded: Figures; alone: Figures };
  proposals: ProposalsResult | null;
  verdicts: Verdict[];
};

const SLOW_SQL_MS = 5;

const INSERT_METHOD: Record<DatabaseKind, string> = {
  sqlite: `better-sqlite3 prepared statements, 1,000-row transactions, ${CACHE_MIB} MiB page cache, WAL checkpoint every ${int(CHECKPOINT_PAGES)} pages`,
  postgres: 'INSERT … SELECT FROM unnest($1::text[], …), 5,000 rows per statement',
};
const DESIGN_FLOOR: Record<DatabaseKind, string> = {
  sqlite: 'about 150,000 rows/s in 1,000-row transactions',
  postgres: 'COPY about 200,000 rows/s',
};

type Row = { name: string; loaded: Figures; alone: Figures; raw: Summary };

const rowsOf = (r: AccountsListResult): Row[] => [
  ...r.kinds.map((k) => ({ name: k.name, loaded: k.loaded, alone: k.alone, raw: k.raw.latency })),
  { name: 'overall', ...r.overall, raw: r.overall.raw.latency },
];

/**
 * Targets from the issue: p95 under 50 ms on SQLite (under load), and the API within 2× of its
 * own SQL run through the driver. That ratio is judged one request at a time (API with one
 * connection vs the sequential raw loop); the ratio under load is judged too, although with N
 * connections on one event loop a request also waits for up to N-1 others.
 */
export function judge(r: AccountsListResult): Verdict[] {
  const out: Verdict[] = [];
  for (const row of rowsOf(r)) {
    if (r.database === 'sqlite') {
      const value = row.loaded.latency.p95;
      out.push({
        kind: row.name,
        check: 'p95 < 50 ms (loaded)',
        value,
        target: TARGET_P95_MS,
        pass: value < TARGET_P95_MS,
      });
    }
    const alone = row.alone.latency.p95 / row.raw.p95;
    out.push({
      kind: row.name,
      check: 'p95 ratio ≤ 2× (1 connection)',
      value: alone,
      target: TARGET_RATIO,
      pass: alone <= TARGET_RATIO,
    });
    const loaded = row.loaded.latency.p95 / row.raw.p95;
    out.push({
      kind: row.name,
      check: 'p95 ratio ≤ 2× (loaded)',
      value: loaded,
      target: TARGET_RATIO,
      pass: loaded <= TARGET_RATIO,
    });
  }
  return out;
}

const pass = (r: AccountsListResult, kind: string, check: string) => {
  const v = r.verdicts.find((x) => x.kind === kind && x.check.startsWith(check));
  return verdict(v ? v.pass : null);
};

export function reportLines(r: AccountsListResult): string[] {
  const n = r.load.connections;
  const kindsByName = new Map(r.kinds.map((k) => [k.name, k]));
  const load = formatTable(
    ['kind', 'rows', 'matches', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'non-2xx', 'p95<50ms'],
    rowsOf(r).map((row) => {
      const k = kindsByName.get(row.name);
      return [
        row.name,
        k ? String(k.rows) : '',
        k ? int(k.matches) : '',
        row.loaded.requestsPerSecond.toFixed(1),
        ms(row.loaded.latency.p50),
        ms(row.loaded.latency.p95),
        ms(row.loaded.latency.p99),
        String(row.loaded.non2xx + row.loaded.errors),
        pass(r, row.name, 'p95 < 50'),
      ];
    }),
  );
  const floor = formatTable(
    [
      'kind',
      'API p50',
      'API p95',
      'raw p50',
      'raw p95',
      'p50 ×',
      'p95 ×',
      '≤2×',
      `${n}c p50 ×`,
      `${n}c p95 ×`,
      '≤2×',
    ],
    rowsOf(r).map((row) => [
      row.name,
      ms(row.alone.latency.p50),
      ms(row.alone.latency.p95),
      ms(row.raw.p50),
      ms(row.raw.p95),
      ratio(row.alone.latency.p50 / row.raw.p50),
      ratio(row.alone.latency.p95 / row.raw.p95),
      pass(r, row.name, 'p95 ratio ≤ 2× (1'),
      ratio(row.loaded.latency.p50 / row.raw.p50),
      ratio(row.loaded.latency.p95 / row.raw.p95),
      pass(r, row.name, 'p95 ratio ≤ 2× (loaded'),
    ]),
  );
  const inserts = r.seeding.inserts.map((i) => `${i.table} ${int(i.rowsPerSecond)} rows/s`).join(' · ');
  const b = r.bareHttp;
  return [
    `accounts-list on ${r.database}: ${int(r.data.accounts)} accounts, ${int(r.data.contacts)} contacts, ` +
      `${int(r.data.tags)} tags, ${r.data.members} members (scale ${r.scale})`,
    `Insert floor (driver only, ${INSERT_METHOD[r.database]}): ${inserts} · ANALYZE ${r.seeding.analyzeSeconds.toFixed(1)} s · seeding took ${r.seeding.wallSeconds.toFixed(0)} s`,
    `  (DESIGN.md's floors, on simpler tables: ${DESIGN_FLOOR[r.database]}; these tables carry all the product's indexes)`,
    '',
    `API under load: ${n} connections, ${r.load.seconds} s per kind after ${r.load.warmup} s warm-up, 50 per page, log level ${r.load.logLevel}`,
    ...load,
    '',
    `API one request at a time (1 connection, ${r.load.single} s per kind) vs the same SQL through the driver (sequential loop);`,
    `× = API / raw; the ${n}c columns divide the loaded API figures above by the same raw figures`,
    ...floor,
    '',
    `Bare HTTP floor (Fastify, canned ${(b.bodyBytes / 1024).toFixed(1)} KB page): ${n} connections ` +
      `${int(b.loaded.requestsPerSecond)} req/s, p50 ${ms(b.loaded.latency.p50)} ms, p95 ${ms(b.loaded.latency.p95)} ms; ` +
      `1 connection p50 ${ms(b.alone.latency.p50)} ms, p95 ${ms(b.alone.latency.p95)} ms`,
    ...summaryLines(r),
    ...planLines(r),
    ...(r.proposals ? proposalLines(r, r.proposals) : []),
  ];
}

function summaryLines(r: AccountsListResult): string[] {
  const checks = [...new Set(r.verdicts.map((v) => v.check))];
  return checks.map((check) => {
    const vs = r.verdicts.filter((v) => v.check === check);
    const failed = vs.filter((v) => !v.pass).map((v) => v.kind);
    return `Target ${check}: ${vs.length - failed.length}/${vs.length} PASS${failed.length ? `; FAIL: ${failed.join(', ')}` : ''}`;
  });
}

/**
 * Plans of the kinds whose SQL matters: over the latency target, or with raw SQL slow enough
 * (5 ms at p95) that the database and not our code is the larger part of the request.
 */
function planLines(r: AccountsListResult): string[] {
  const slow = r.kinds.filter(
    (k) =>
      k.raw.latency.p95 >= SLOW_SQL_MS ||
      r.verdicts.some((v) => v.kind === k.name && !v.pass && v.check.startsWith('p95 <')),
  );
  return slow.flatMap((k) => [
    '',
    `Plan of the accounts page query, ${k.name} (${k.description}):`,
    ...condensePlan(k.plan),
  ]);
}

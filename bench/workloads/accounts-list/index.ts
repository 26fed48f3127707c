import type { BenchDatabase } from '../../lib/databases.ts';
import { startRuntime } from '../../lib/product.ts';
import { openRawDriver, type RawResult } from '../../lib/raw.ts';
import { type SeedResult, seedAccounts } from '../../lib/seed/seed-accounts.ts';
import { summarize } from '../../lib/stats.ts';
import type { Workload, WorkloadContext } from '../types.ts';
import {
  type ApiRun,
  figures,
  measureApi,
  measureBareHttp,
  measureFloor,
  merged,
  phases,
} from './measure.ts';
import { type Prepared, prepareKinds, type Query } from './prepare.ts';
import { applyIndexes, INDEX_PROPOSALS, QUERY_CHANGES, rewriteRequest } from './proposals.ts';
import {
  type AccountsListResult,
  judge,
  type KindResult,
  type ProposalsResult,
  reportLines,
} from './report.ts';

const ACCOUNTS = 100_000;
const CONTACTS = 500_000;

const pageQuery = (queries: Query[]) =>
  queries.find((q) => q.label === 'accounts page') ?? (queries[0] as Query);

/** Seeds the database and captures each kind's SQL through the product, in this process. */
async function seedAndPrepare(database: BenchDatabase, { settings, log }: WorkloadContext) {
  const runtime = await startRuntime(database.target, database.dataDir);
  try {
    const seed = await seedAccounts(runtime, database.target, {
      accounts: Math.round(ACCOUNTS * settings.scale),
      contacts: Math.round(CONTACTS * settings.scale),
      log,
    });
    return { seed, prepared: await prepareKinds(runtime, seed, log) };
  } finally {
    await runtime.close();
  }
}

/** The baseline: plans, the API under load and alone, then the same SQL through the driver. */
async function measureAsIs(
  database: BenchDatabase,
  seed: SeedResult,
  prepared: Prepared[],
  ctx: WorkloadContext,
) {
  const raw = await openRawDriver(database.target);
  try {
    const plans: string[][] = [];
    for (const p of prepared) plans.push(await raw.explain(pageQuery(p.queries)));
    const api = await measureApi(database, prepared, seed.workspace.apiKey, ctx.settings, ctx.log);
    const floor = await measureFloor(
      raw,
      prepared.map((p, i) => ({
        name: p.kind.name,
        queries: p.queries,
        iterations: api.loaded[i]?.requests ?? 0,
      })),
      ctx.settings,
      ctx.log,
    );
    return { plans, api, floor };
  } finally {
    await raw.close();
  }
}

/** BENCH_PROPOSALS: the proposed indexes built on this database, and the proposed query changes. */
async function measureProposals(
  database: BenchDatabase,
  seed: SeedResult,
  prepared: Prepared[],
  before: ApiRun,
  ctx: WorkloadContext,
): Promise<ProposalsResult> {
  const { settings, log } = ctx;
  const raw = await openRawDriver(database.target);
  let indexesOnly: RawResult[];
  let withQueries: RawResult[];
  const rewritten: Array<{ queries: Query[]; applied: string[] }> = [];
  const plans: string[][] = [];
  let built: Array<{ id: string; seconds: number }>;
  try {
    log('proposals: building the proposed indexes');
    built = await applyIndexes(raw, database.kind);
    const iterations = (i: number) => before.loaded[i]?.requests ?? 0;
    log('proposals: raw SQL with the proposed indexes');
    indexesOnly = await measureFloor(
      raw,
      prepared.map((p, i) => ({ name: p.kind.name, queries: p.queries, iterations: iterations(i) })),
      settings,
      log,
    );
    for (const p of prepared) rewritten.push(await rewriteRequest(p.queries, database.kind, raw));
    for (const r of rewritten) plans.push(await raw.explain(pageQuery(r.queries)));
    log('proposals: raw SQL with the proposed indexes and query changes');
    withQueries = await measureFloor(
      raw,
      prepared.map((p, i) => ({
        name: p.kind.name,
        queries: rewritten[i]?.queries ?? [],
        iterations: iterations(i),
      })),
      settings,
      log,
    );
  } finally {
    await raw.close();
  }
  log('proposals: the unchanged API on the proposed indexes');
  const api = await measureApi(database, prepared, seed.workspace.apiKey, settings, log);
  return {
    indexes: INDEX_PROPOSALS.filter((p) => p.ddl[database.kind]?.length).map((p) => ({
      id: p.id,
      change: p.change,
      seconds: built.find((b) => b.id === p.id)?.seconds ?? 0,
    })),
    queryChanges: QUERY_CHANGES.map((c) => ({ id: c.id, change: c.change })),
    kinds: prepared.map((p, i) => ({
      name: p.kind.name,
      rawIndexes: (indexesOnly[i] as RawResult).latency,
      rawAll: (withQueries[i] as RawResult).latency,
      applied: rewritten[i]?.applied ?? [],
      queries: rewritten[i]?.queries ?? [],
      plan: plans[i] ?? [],
      loaded: figures(api.loaded[i] as (typeof api.loaded)[number]),
      alone: figures(api.alone[i] as (typeof api.alone)[number]),
    })),
    overall: {
      loaded: merged(api.loaded),
      alone: merged(api.alone),
      rawIndexes: summarize(indexesOnly.flatMap((r) => r.samples)),
      rawAll: summarize(withQueries.flatMap((r) => r.samples)),
    },
  };
}

async function run(database: BenchDatabase, ctx: WorkloadContext) {
  const { settings } = ctx;
  const { seed, prepared } = await seedAndPrepare(database, ctx);
  const { plans, api, floor } = await measureAsIs(database, seed, prepared, ctx);
  const bareHttp = await measureBareHttp(database, prepared[0]?.body ?? '{}', settings, ctx.log);
  const proposals = settings.proposals ? await measureProposals(database, seed, prepared, api, ctx) : null;

  const kinds: KindResult[] = prepared.map((p, i) => {
    const r = floor[i] as RawResult;
    return {
      name: p.kind.name,
      description: p.kind.description,
      url: p.url,
      rows: p.rows,
      matches: p.matches,
      loaded: figures(api.loaded[i] as (typeof api.loaded)[number]),
      alone: figures(api.alone[i] as (typeof api.alone)[number]),
      raw: {
        iterations: r.iterations,
        latency: r.latency,
        perQuery: p.queries.map((q, k) => ({ label: q.label, latency: r.perQuery[k] })),
      },
      queries: p.queries,
      plan: plans[i] ?? [],
    };
  });
  const result: AccountsListResult = {
    database: database.kind,
    scale: settings.scale,
    data: {
      accounts: seed.accounts.length,
      contacts: seed.contacts,
      tags: seed.tags.length,
      members: seed.workspace.members.length,
    },
    seeding: { inserts: seed.inserts, analyzeSeconds: seed.analyzeSeconds, wallSeconds: seed.wallSeconds },
    load: {
      connections: settings.connections,
      seconds: settings.duration,
      ...phases(settings),
      logLevel: settings.logLevel,
    },
    kinds,
    overall: {
      loaded: merged(api.loaded),
      alone: merged(api.alone),
      raw: { latency: summarize(floor.flatMap((f) => f.samples)) },
    },
    bareHttp,
    proposals,
    verdicts: [],
  };
  result.verdicts = judge(result);
  return { result, report: reportLines(result) };
}

export const accountsList: Workload = {
  name: 'accounts-list',
  description:
    'GET /api/v1/accounts (search + filter + sort, 50 per page) over 100,000 accounts and 500,000 contacts',
  run,
};

import { formatTable, ms, ratio, verdict } from '../../lib/table.ts';
import type { AccountsListResult, ProposalsResult } from './report.ts';
import { TARGET_P95_MS, TARGET_RATIO } from './targets.ts';

/** PostgreSQL's EXPLAIN ANALYZE without the lines that rarely explain a slow query (the JSON keeps them all). */
export const condensePlan = (plan: string[]) =>
  plan.filter(
    (l) => !/^\s*(Buffers|Cache Key|Cache Mode|Hits|Heap Fetches|Heap Blocks|Buckets|Planning:)/.test(l),
  );

/** BENCH_PROPOSALS: each kind before and after the proposed indexes and query changes. */
export function proposalLines(r: AccountsListResult, p: ProposalsResult): string[] {
  const n = r.load.connections;
  const rows = [
    ...r.kinds.map((k, i) => ({ before: k, after: p.kinds[i] })),
    {
      before: { name: 'overall', raw: { latency: r.overall.raw.latency }, loaded: r.overall.loaded },
      after: { ...p.overall, applied: [] as string[] },
    },
  ];
  const table = formatTable(
    [
      'kind',
      'raw p95',
      '+indexes',
      '+queries',
      'changes',
      'API 1c p95',
      '1c ×',
      `API ${n}c p95 before`,
      'after',
      'p95<50ms',
    ],
    rows.map(({ before, after }) => {
      if (!after) return [before.name];
      const alone = after.alone.latency.p95 / after.rawIndexes.p95;
      const loaded = after.loaded.latency.p95;
      return [
        before.name,
        ms(before.raw.latency.p95),
        ms(after.rawIndexes.p95),
        ms(after.rawAll.p95),
        after.applied.join('+') || '-',
        ms(after.alone.latency.p95),
        `${ratio(alone)} ${verdict(alone <= TARGET_RATIO)}`,
        ms(before.loaded.latency.p95),
        ms(loaded),
        verdict(r.database === 'sqlite' ? loaded < TARGET_P95_MS : null),
      ];
    }),
  );
  const changed = p.kinds.filter((k) => k.applied.length);
  return [
    '',
    'Proposals tried on this database (BENCH_PROPOSALS=1): raw p95 as measured above, with the proposed indexes',
    '(+indexes), and with the query changes too (+queries); the unchanged API measured again on the proposed indexes',
    '(its × divides by +indexes: the SQL it really sends).',
    ...table,
    ...p.indexes.map((i) => `  index ${i.id} (built in ${i.seconds.toFixed(1)} s): ${i.change}`),
    ...p.queryChanges.map((c) => `  query ${c.id}: ${c.change}`),
    ...changed.flatMap((k) => [
      '',
      `Plan with the proposals, ${k.name} (${k.applied.join(', ')}):`,
      ...condensePlan(k.plan),
    ]),
  ];
}

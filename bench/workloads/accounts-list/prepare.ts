import type { Runtime } from '../../../server/src/compose.ts';
import { openCapture } from '../../lib/capture.ts';
import type { SeedResult } from '../../lib/seed/seed-accounts.ts';
import { int } from '../../lib/table.ts';
import { listUrl, type QueryKind, queryKinds } from './kinds.ts';

/** One SQL statement a request runs, with its parameters, as the driver receives it. */
export type Query = { label: string; sql: string; parameters: unknown[] };
/** A kind ready to measure: its URL, the page it returns and every query it runs. */
export type Prepared = {
  kind: QueryKind;
  url: string;
  body: string;
  rows: number;
  matches: number;
  queries: Query[];
};
export type Log = (line: string) => void;

/** Names the queries of one request in the report. */
const labelOf = (sql: string) => {
  if (sql.includes('from "accounts" as "a"')) return 'accounts page';
  if (sql.includes('from "account_tags"')) return 'tags of page';
  if (sql.includes('from "api_keys"')) return 'api key (auth)';
  return /from "(\w+)"/.exec(sql)?.[1] ?? 'query';
};

/** Runs each kind once through the product in-process, recording its SQL, page size and match count. */
export async function prepareKinds(runtime: Runtime, seed: SeedResult, log: Log): Promise<Prepared[]> {
  const capture = await openCapture(runtime);
  const headers = { authorization: `Bearer ${seed.workspace.apiKey}` };
  const get = async (params: Record<string, string>) => {
    const res = await capture.request(listUrl(params), headers);
    if (res.status !== 200)
      throw new Error(`GET ${listUrl(params)} answered ${res.status}: ${JSON.stringify(res.body)}`);
    return { ...res, page: res.body as { data: unknown[]; nextCursor: string | null; total?: number } };
  };
  try {
    // The first call stamps the key's last_used_at (a write once a minute), so it is not captured.
    await get({ limit: '1' });
    const out: Prepared[] = [];
    for (const kind of queryKinds(seed)) {
      const params = { ...kind.params };
      if (kind.firstPage) {
        const first = await get(kind.firstPage);
        if (!first.page.nextCursor) throw new Error(`${kind.name}: page 1 has no next page`);
        params.cursor = first.page.nextCursor;
      }
      const counted = await get({ ...params, count: 'true' });
      const captured = await get(params);
      out.push({
        kind: { ...kind, params },
        url: listUrl(params),
        body: JSON.stringify(captured.body),
        rows: captured.page.data.length,
        matches: counted.page.total ?? Number.NaN,
        queries: captured.queries.map((q) => ({
          label: labelOf(q.sql),
          sql: q.sql,
          parameters: [...q.parameters],
        })),
      });
      log(`${kind.name}: ${captured.page.data.length} rows of ${int(counted.page.total ?? 0)} matches`);
    }
    return out;
  } finally {
    await capture.close();
  }
}

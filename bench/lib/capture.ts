import type { CompiledQuery, KyselyPlugin } from 'kysely';
import { createApp, type Runtime } from '../../server/src/compose.ts';

export type CapturedRequest = { status: number; body: unknown; queries: CompiledQuery[] };

/**
 * The product's app on a Kysely instance that records every query compiled while a request
 * runs: the exact SQL and parameters of one API call (authentication included), to replay
 * through the bare driver as the floor.
 */
export async function openCapture(runtime: Runtime) {
  const base = runtime.platform.db;
  const recorded: CompiledQuery[] = [];
  let recording = false;
  const recorder: KyselyPlugin = {
    transformQuery: ({ node, queryId }) => {
      if (recording) recorded.push(base.getExecutor().compileQuery(node, queryId));
      return node;
    },
    transformResult: async ({ result }) => result,
  };
  const app = await createApp(
    { ...runtime, platform: { ...runtime.platform, db: base.withPlugin(recorder) } },
    null,
  );
  await app.ready();
  return {
    request: async (url: string, headers: Record<string, string>): Promise<CapturedRequest> => {
      recorded.length = 0;
      recording = true;
      try {
        const res = await app.inject({ method: 'GET', url, headers });
        return { status: res.statusCode, body: res.json(), queries: [...recorded] };
      } finally {
        recording = false;
      }
    },
    close: () => app.close(),
  };
}

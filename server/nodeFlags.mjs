/**
 * The V8 flags the server runs with, wherever it is started: `npm start` (package.json spells
 * out the same flags; test/unit/node-flags.test.ts checks that they agree), the `trustcircle`
 * command when it serves, the browser tests and the benchmarks.
 * @param {Record<string, string | undefined>} env
 * @returns {string[]}
 */
export function serverNodeFlags(env) {
  return [
    // The old generation stays small unless TRUSTCIRCLE_HEAP_MB says otherwise (README).
    `--max-old-space-size=${env.TRUSTCIRCLE_HEAP_MB || 384}`,
    // Ingestion makes many short-lived objects (parsed bodies, rows): young-generation halves of
    // 32 MB instead of 16 halve the scavenges; measured about 6% more events a second for about
    // 30 MB more memory under load.
    '--max-semi-space-size=32',
  ];
}

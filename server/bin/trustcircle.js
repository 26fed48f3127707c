#!/usr/bin/env node
// The `trustcircle` command. It runs the built server (dist/main.mjs, as `npm start` does)
// rather than the sources through tsx, which compiled them for seconds at every start. A bundle
// older than any source never runs: it is rebuilt first (esbuild, about a second; see bundle.mjs).
// Data goes to ./data of the folder it runs in, unless TRUSTCIRCLE_DATA_DIR says otherwise.
import { spawnSync } from 'node:child_process';
import { buildBundle, bundleFile, bundleIsCurrent } from '../bundle.mjs';
import { serverNodeFlags } from '../nodeFlags.mjs';

const args = process.argv.slice(2);
const serving = args.length === 0 || args[0] === 'serve';
// The server runs with the same V8 flags as `npm start` (see TRUSTCIRCLE_HEAP_MB in the README).
// Stacks keep esbuild's function names; NODE_OPTIONS=--enable-source-maps maps them to the
// sources, which costs every command about 5% of its start.
// biome-ignore lint/style/noProcessEnv: V8 flags are chosen before the server (and its config) exists
const flags = serving ? serverNodeFlags(process.env) : [];

if (!bundleIsCurrent()) {
  const started = Date.now();
  try {
    await buildBundle();
  } catch (err) {
    // A compile error (esbuild has printed it) or a dist folder it cannot write.
    const reason = err instanceof Error ? err.message : String(err);
    process.stderr.write(`trustcircle: the server could not be built from its sources: ${reason}\n`);
    process.exit(1);
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  process.stderr.write(`trustcircle: built the server (server/dist) from its sources in ${seconds} s\n`);
}
const result = spawnSync(process.execPath, [...flags, bundleFile, ...args], { stdio: 'inherit' });
process.exit(result.status ?? 1);

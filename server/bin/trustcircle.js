#!/usr/bin/env node
// The `trustcircle` command. It runs the built server (dist/main.mjs, as `npm start` does)
// rather than the sources through tsx, which compiled them for seconds at every start. A bundle
// older than any source never runs: it is rebuilt first (esbuild, about a second; see bundle.mjs).
// Data goes to ./data of the folder it runs in, unless TRUSTCIRCLE_DATA_DIR says otherwise.
import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import { pathToFileURL } from 'node:url';
import { buildBundle, bundleFile, bundleIsCurrent } from '../bundle.mjs';
import { serverNodeFlags } from '../nodeFlags.mjs';

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
const args = process.argv.slice(2);
if (args.length === 0 || args[0] === 'serve') {
  // The server runs with the same V8 flags as `npm start` (see TRUSTCIRCLE_HEAP_MB in the README).
  // biome-ignore lint/style/noProcessEnv: V8 flags are chosen before the server (and its config) exists
  const flags = serverNodeFlags(process.env);
  const server = spawn(process.execPath, [...flags, bundleFile, ...args], { stdio: 'inherit' });
  // A process manager stops the command by its pid: the server must get the signal, or it
  // would run on without us. Ctrl-C already reaches both (the terminal signals the whole group).
  for (const signal of ['SIGTERM', 'SIGHUP']) process.on(signal, () => server.kill(signal));
  process.on('SIGINT', () => {});
  server.on('exit', (code, signal) => process.exit(code ?? 128 + (signal ? constants.signals[signal] : 0)));
} else {
  // Other commands run in this process, which saves starting a second Node (about 0.15 s). Their
  // stacks keep esbuild's function names; NODE_OPTIONS=--enable-source-maps maps them to the
  // sources, for about 5% more start.
  await import(pathToFileURL(bundleFile).href);
}

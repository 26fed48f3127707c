#!/usr/bin/env node
// Runs the TypeScript sources through tsx, so the installed command needs no build step.
// tsx is resolved from here, so the command works from any folder (data goes to ./data of
// the folder it runs in, unless TRUSTCIRCLE_DATA_DIR says otherwise).
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const main = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'main.ts');
const tsx = import.meta.resolve('tsx');
// The server keeps its heap small unless told otherwise (see TRUSTCIRCLE_HEAP_MB in the README).
const args = process.argv.slice(2);
const serving = args.length === 0 || args[0] === 'serve';
// biome-ignore lint/style/noProcessEnv: a V8 flag is chosen before the server (and its config) exists
const heapMb = process.env.TRUSTCIRCLE_HEAP_MB || 384;
const heap = serving ? [`--max-old-space-size=${heapMb}`] : [];
const result = spawnSync(process.execPath, [...heap, '--import', tsx, main, ...args], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);

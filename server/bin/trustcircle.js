#!/usr/bin/env node
// Runs the TypeScript sources through tsx, so the installed command needs no build step.
// tsx is resolved from here, so the command works from any folder (data goes to ./data of
// the folder it runs in, unless TRUSTCIRCLE_DATA_DIR says otherwise).
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serverNodeFlags } from '../nodeFlags.mjs';

const main = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'main.ts');
const tsx = import.meta.resolve('tsx');
// The server runs with the same V8 flags as `npm start` (see TRUSTCIRCLE_HEAP_MB in the README).
const args = process.argv.slice(2);
const serving = args.length === 0 || args[0] === 'serve';
// biome-ignore lint/style/noProcessEnv: V8 flags are chosen before the server (and its config) exists
const flags = serving ? serverNodeFlags(process.env) : [];
const result = spawnSync(process.execPath, [...flags, '--import', tsx, main, ...args], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);

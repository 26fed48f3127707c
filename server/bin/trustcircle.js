#!/usr/bin/env node
// Runs the TypeScript sources through tsx, so the installed command needs no build step.
// tsx is resolved from here, so the command works from any folder (data goes to ./data of
// the folder it runs in, unless TRUSTCIRCLE_DATA_DIR says otherwise).
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const main = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'main.ts');
const tsx = import.meta.resolve('tsx');
const result = spawnSync(process.execPath, ['--import', tsx, main, ...process.argv.slice(2)], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);

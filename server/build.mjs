// Builds the server for `npm start`: one ES module with the server's own code and the
// shared contracts, its npm packages left to Node. Run compiled, the server starts faster
// and needs no TypeScript loader thread beside it (about 70 MB less memory); development,
// the tests and the CLI still run the sources through tsx.
import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = path.dirname(fileURLToPath(import.meta.url));
const out = path.join(here, 'dist');

await build({
  entryPoints: [path.join(here, 'src/main.ts')],
  outfile: path.join(out, 'main.mjs'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  // A workspace package written in TypeScript: compiled in, not loaded at run time.
  alias: { '@trustcircle/contracts': path.join(here, '../packages/contracts/src/index.ts') },
  sourcemap: 'linked',
  logLevel: 'warning',
});
// Loaded by path next to the module that starts it (platform/db/checkpoint.ts).
mkdirSync(out, { recursive: true });
copyFileSync(path.join(here, 'src/platform/db/checkpointWorker.cjs'), path.join(out, 'checkpointWorker.cjs'));

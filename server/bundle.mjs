// The server's bundle, dist/main.mjs: one ES module with the server's own code and the shared
// contracts, its npm packages left to Node. Run compiled, the server starts in about a second
// instead of the several seconds tsx takes to compile the sources, and needs no TypeScript
// loader thread beside it (about 70 MB less memory). `npm run build` and `npm start` build it;
// the `trustcircle` command (bin/trustcircle.js) rebuilds it when a source is newer.
import {
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const defaultOutDir = path.join(here, 'dist');
export const bundleFile = path.join(defaultOutDir, 'main.mjs');

/**
 * What the bundle is made of: the sources and migrations, the contracts, and the recipe (this
 * file, the tsconfig esbuild reads). Packages stay external, so an install never makes it stale;
 * test/unit/bundle.test.ts checks that every file esbuild bundles lies under one of these.
 */
export const bundleSources = [
  'src',
  'migrations',
  '../packages/contracts/src',
  'bundle.mjs',
  'tsconfig.json',
  '../tsconfig.base.json',
].map((p) => path.join(here, p));

/**
 * The newest modification time under these files and folders. A folder's own time counts too:
 * it moves when a file in it is added, removed or renamed, which an older file keeps no trace of.
 * @param {string[]} paths
 * @returns {number} milliseconds since the epoch
 */
export function newestChange(paths) {
  let newest = 0;
  for (const p of paths) {
    const stat = statSync(p);
    newest = Math.max(newest, stat.mtimeMs);
    if (stat.isDirectory()) {
      newest = Math.max(newest, newestChange(readdirSync(p).map((name) => path.join(p, name))));
    }
  }
  return newest;
}

/**
 * Whether the bundle exists and no source changed after its build started (a stat of about 500
 * files: a few tens of milliseconds).
 * @returns {boolean}
 */
export function bundleIsCurrent(file = bundleFile, sources = bundleSources) {
  let built;
  try {
    built = statSync(file).mtimeMs;
  } catch {
    return false;
  }
  return newestChange(sources) <= built;
}

/**
 * Builds the bundle into `outDir`. Each file is written next to its place and renamed into it,
 * so a process starting meanwhile (a server, another command) never reads half a file; main.mjs
 * comes last and carries the time the build started, so a source saved during the build leaves
 * it stale rather than current.
 * @returns {Promise<{ inputs: string[] }>} the absolute paths of the files bundled
 */
export async function buildBundle(outDir = defaultOutDir) {
  // Imported here: esbuild is a dev dependency, and checking the bundle needs none of it.
  const { build } = await import('esbuild');
  const startedAt = new Date();
  const main = path.join(outDir, 'main.mjs');
  const result = await build({
    absWorkingDir: here,
    entryPoints: [path.join(here, 'src/main.ts')],
    outfile: main,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    // A workspace package written in TypeScript: compiled in, not loaded at run time.
    alias: { '@trustcircle/contracts': path.join(here, '../packages/contracts/src/index.ts') },
    sourcemap: 'linked',
    logLevel: 'warning',
    metafile: true,
    write: false,
  });
  mkdirSync(outDir, { recursive: true });
  for (const file of result.outputFiles.filter((f) => f.path !== main)) replaceFile(file.path, file.contents);
  // Loaded by path next to the module that starts it (platform/db/checkpoint.ts).
  const worker = readFileSync(path.join(here, 'src/platform/db/checkpointWorker.cjs'));
  replaceFile(path.join(outDir, 'checkpointWorker.cjs'), worker);
  const bundled = result.outputFiles.find((f) => f.path === main);
  if (!bundled) throw new Error(`esbuild wrote no ${main}`);
  replaceFile(main, bundled.contents, startedAt);
  const inputs = Object.keys(result.metafile.inputs).map((p) => path.resolve(here, p));
  return { inputs };
}

/**
 * @param {string} dest
 * @param {Uint8Array} contents
 * @param {Date} [mtime]
 */
function replaceFile(dest, contents, mtime) {
  const temporary = `${dest}.${process.pid}.tmp`;
  writeFileSync(temporary, contents);
  if (mtime) utimesSync(temporary, mtime, mtime);
  renameSync(temporary, dest);
}

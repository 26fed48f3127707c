// The server's bundle, dist/main.mjs: one ES module with the server's own code and the shared
// contracts, its npm packages left to Node. Run compiled, the server starts in about a second
// instead of the several seconds tsx takes to compile the sources, and needs no TypeScript
// loader thread beside it (about 70 MB less memory). `npm run build` and `npm start` build it;
// the `trustcircle` command (bin/trustcircle.js) rebuilds it when its sources changed.
import { createHash } from 'node:crypto';
import { lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
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
 * A fingerprint of the sources: every file under these paths with its size and modification
 * time. Any change tells: an edit, a file added or removed, even sources put back with older
 * times (an archive unpacked, `rsync -a`) over a bundle built later. Symlinks are not followed,
 * so an editor's dangling lock link is a name like any other, and a file gone meanwhile is
 * skipped.
 * @param {string[]} paths
 * @returns {string}
 */
export function sourceFingerprint(paths) {
  const hash = createHash('sha256');
  const visit = (/** @type {string} */ p) => {
    let stat;
    try {
      stat = lstatSync(p);
    } catch {
      return;
    }
    if (stat.isDirectory()) {
      for (const name of readdirSync(p).sort()) visit(path.join(p, name));
    } else {
      hash.update(`${path.relative(here, p)}\0${stat.size}\0${stat.mtimeMs}\n`);
    }
  };
  for (const p of paths) visit(p);
  return hash.digest('hex');
}

/** Where a bundle keeps the fingerprint of the sources it was built from. */
const fingerprintFile = (/** @type {string} */ main) => main.replace(/\.mjs$/, '.sources');

/**
 * Whether the bundle exists and was built from the sources as they are now (a stat of about
 * 500 files: a few tens of milliseconds).
 * @returns {boolean}
 */
export function bundleIsCurrent(file = bundleFile, sources = bundleSources) {
  let recorded;
  try {
    lstatSync(file);
    recorded = readFileSync(fingerprintFile(file), 'utf8').trim();
  } catch {
    return false;
  }
  return recorded === sourceFingerprint(sources);
}

/**
 * Builds the bundle into `outDir`. Each file is written next to its place and renamed into it,
 * so a process starting meanwhile (a server, another command) never reads half a file. The
 * fingerprint is taken before the build and written last, so a source saved during the build
 * leaves the bundle stale rather than current.
 * @returns {Promise<{ inputs: string[] }>} the absolute paths of the files bundled
 */
export async function buildBundle(outDir = defaultOutDir) {
  // Imported here: checking the bundle, which every command does, needs none of esbuild.
  const { build } = await import('esbuild');
  const fingerprint = sourceFingerprint(bundleSources);
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
  replaceFile(main, bundled.contents);
  replaceFile(fingerprintFile(main), Buffer.from(`${fingerprint}\n`));
  const inputs = Object.keys(result.metafile.inputs).map((p) => path.resolve(here, p));
  return { inputs };
}

/**
 * @param {string} dest
 * @param {Uint8Array} contents
 */
function replaceFile(dest, contents) {
  const temporary = `${dest}.${process.pid}.tmp`;
  writeFileSync(temporary, contents);
  renameSync(temporary, dest);
}

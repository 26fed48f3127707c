import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { buildBundle, bundleIsCurrent, bundleSources } from '../../bundle.mjs';

const dir = mkdtempSync(path.join(tmpdir(), 'tc-bundle-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** Sets a path's times to `seconds` after a moment in 2017, so a change made now is newer. */
const at = (p: string, seconds: number) => utimesSync(p, 1_500_000_000 + seconds, 1_500_000_000 + seconds);

describe('the bundle is current only when no source changed after it was built', () => {
  const src = path.join(dir, 'src');
  const nested = path.join(src, 'modules');
  const bundle = path.join(dir, 'main.mjs');
  mkdirSync(nested, { recursive: true });
  for (const f of ['a.ts', 'modules/b.ts']) writeFileSync(path.join(src, f), '');
  writeFileSync(bundle, '');
  const settle = () => {
    for (const p of [path.join(src, 'a.ts'), path.join(nested, 'b.ts'), nested, src]) at(p, 0);
    at(bundle, 10);
  };

  test('no bundle, or one older than a source file, is not current', () => {
    assert.equal(bundleIsCurrent(path.join(dir, 'none.mjs'), [src]), false);
    settle();
    assert.equal(bundleIsCurrent(bundle, [src]), true);
    at(path.join(nested, 'b.ts'), 11);
    assert.equal(bundleIsCurrent(bundle, [src]), false);
  });

  test('a file added or removed, however old, makes it stale through its folder', () => {
    settle();
    const added = path.join(nested, 'c.ts');
    writeFileSync(added, '');
    at(added, -100);
    assert.equal(bundleIsCurrent(bundle, [src]), false, 'added');
    settle();
    rmSync(added);
    assert.equal(bundleIsCurrent(bundle, [src]), false, 'removed');
  });
});

test('everything esbuild bundles lies under bundleSources, and the new bundle is current', async () => {
  const out = path.join(dir, 'dist');
  const before = Date.now();
  const { inputs } = await buildBundle(out);
  const ours = inputs.filter((p) => !p.split(path.sep).includes('node_modules'));
  assert.ok(ours.length > 100, `only ${ours.length} inputs`);
  const outside = ours.filter((p) => !bundleSources.some((s) => p === s || p.startsWith(`${s}${path.sep}`)));
  assert.deepEqual(outside, [], 'a change to these would not rebuild the bundle');
  const main = path.join(out, 'main.mjs');
  // Dated from the start of the build, so a source saved while it ran leaves it stale.
  assert.ok(statSync(main).mtimeMs <= Date.now() && statSync(main).mtimeMs >= before - 1000);
  assert.equal(bundleIsCurrent(main), true);
  assert.ok(statSync(path.join(out, 'checkpointWorker.cjs')).size > 0);
});

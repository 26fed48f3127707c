import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { buildBundle, bundleIsCurrent, bundleSources, sourceFingerprint } from '../../bundle.mjs';

const dir = mkdtempSync(path.join(tmpdir(), 'tc-bundle-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** Sets a path's times to `seconds` after a moment in 2017, so a change made now is newer. */
const at = (p: string, seconds: number) => utimesSync(p, 1_500_000_000 + seconds, 1_500_000_000 + seconds);

describe('the bundle is current only while its sources are as they were when it was built', () => {
  const src = path.join(dir, 'src');
  const nested = path.join(src, 'modules');
  const bundle = path.join(dir, 'main.mjs');
  mkdirSync(nested, { recursive: true });
  for (const f of ['a.ts', 'modules/b.ts']) writeFileSync(path.join(src, f), '');
  writeFileSync(bundle, '');
  /** What a build records: the fingerprint of the sources as they are now. */
  const built = () => writeFileSync(path.join(dir, 'main.sources'), `${sourceFingerprint([src])}\n`);

  test('no bundle, or no record of its sources, is not current', () => {
    assert.equal(bundleIsCurrent(path.join(dir, 'none.mjs'), [src]), false);
    assert.equal(bundleIsCurrent(bundle, [src]), false);
    built();
    assert.equal(bundleIsCurrent(bundle, [src]), true);
  });

  test('an edit makes it stale, even one that puts back an older time', () => {
    built();
    at(path.join(nested, 'b.ts'), 11);
    assert.equal(bundleIsCurrent(bundle, [src]), false, 'newer');
    built();
    at(path.join(nested, 'b.ts'), -5_000);
    assert.equal(bundleIsCurrent(bundle, [src]), false, 'older, as an unpacked archive leaves it');
    built();
    writeFileSync(path.join(src, 'a.ts'), 'export {};');
    at(path.join(src, 'a.ts'), -5_000);
    assert.equal(bundleIsCurrent(bundle, [src]), false, 'another size');
  });

  test('a file added or removed, however old, makes it stale', () => {
    built();
    const added = path.join(nested, 'c.ts');
    writeFileSync(added, '');
    at(added, -100);
    assert.equal(bundleIsCurrent(bundle, [src]), false, 'added');
    built();
    rmSync(added);
    assert.equal(bundleIsCurrent(bundle, [src]), false, 'removed');
  });

  test("an editor's dangling lock link is no crash", () => {
    symlinkSync(path.join(dir, 'nowhere'), path.join(nested, '.#b.ts'));
    assert.doesNotThrow(() => built());
    assert.equal(bundleIsCurrent(bundle, [src]), true);
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
  assert.ok(statSync(main).mtimeMs >= before - 1000);
  assert.equal(bundleIsCurrent(main), true);
  assert.ok(statSync(path.join(out, 'checkpointWorker.cjs')).size > 0);
});

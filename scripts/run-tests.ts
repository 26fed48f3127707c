import { readdirSync } from 'node:fs';
import path from 'node:path';
import { run } from 'node:test';
import { spec } from 'node:test/reporters';

/**
 * Runs every *.test.ts below the folders (or the files) given. Node 20 cannot glob test files
 * itself; each file still runs in its own process, TEST_CONCURRENCY (default 2) at a time.
 */
const roots = process.argv.slice(2).map((p) => path.resolve(p));
if (roots.length === 0) throw new Error('usage: run-tests.ts <folder or file>...');
const files = roots
  .flatMap((root) =>
    root.endsWith('.ts')
      ? [root]
      : readdirSync(root, { recursive: true, encoding: 'utf8' })
          .filter((f) => f.endsWith('.test.ts'))
          .map((f) => path.join(root, f)),
  )
  .sort();

let failed = false;
const stream = run({ files, concurrency: Number(process.env.TEST_CONCURRENCY ?? 2) });
stream.on('test:fail', (e) => {
  // Only real failures count; a failing suite reports each test too.
  if (e.details?.error) failed = true;
});
stream.compose(new spec()).pipe(process.stdout);
stream.on('end', () => {
  process.exitCode = failed ? 1 : 0;
});

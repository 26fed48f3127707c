import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { serverNodeFlags } from '../../nodeFlags.mjs';

test('npm start runs the built server with the V8 flags every other launcher uses', () => {
  const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
    scripts: Record<string, string>;
  };
  const start = pkg.scripts.start ?? '';
  // The shell's own default stands in for the heap size, as the script spells it.
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the shell's syntax, not a template
  const flags = serverNodeFlags({ TRUSTCIRCLE_HEAP_MB: '${TRUSTCIRCLE_HEAP_MB:-384}' });
  for (const flag of flags) assert.ok(start.includes(` ${flag} `), `npm start lacks ${flag}: ${start}`);
  assert.match(start, /server\/dist\/main\.mjs serve$/);
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { decodeCursor, encodeCursor, likePattern, searchable } from '../../src/platform/db/keyset.ts';

test('cursors round-trip any sort value and id', () => {
  fc.assert(
    fc.property(fc.oneof(fc.string(), fc.integer(), fc.constant(null)), fc.uuid(), (v, id) => {
      assert.deepEqual(decodeCursor(encodeCursor({ v, id })), { v, id });
    }),
  );
});

test('anything that is not our cursor decodes to null', () => {
  for (const bad of [
    '',
    'garbage',
    Buffer.from('{"a":1}').toString('base64url'),
    Buffer.from('[1]').toString('base64url'),
  ]) {
    assert.equal(decodeCursor(bad || undefined), null);
  }
  fc.assert(fc.property(fc.string(), (s) => void decodeCursor(s)));
});

test('search text ignores case and accents', () => {
  assert.equal(searchable('Müller & Söhne', 'MUELLER.de'), 'muller & sohne mueller.de');
  assert.equal(searchable('Ångström'), 'angstrom');
});

test('LIKE wildcards typed by a person are matched literally', () => {
  assert.equal(likePattern('50%_off\\'), '%50\\%\\_off\\\\%');
});

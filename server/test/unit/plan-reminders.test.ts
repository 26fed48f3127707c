import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { mayEmail, type RemindedTask, remindersFor } from '../../src/modules/plans/reminderRules.ts';

const task = (t: Partial<RemindedTask>): RemindedTask => ({
  status: 'not_started',
  dueOn: null,
  unlockedByOthers: false,
  locked: false,
  sent: new Set(),
  ...t,
});

describe('plan reminders (pure rules)', () => {
  const today = '2026-02-05';
  test('due tomorrow, overdue, and unlocked, each once', () => {
    assert.deepEqual(remindersFor(task({ dueOn: '2026-02-06' }), today), ['due_soon']);
    assert.deepEqual(
      remindersFor(task({ dueOn: '2026-02-05' }), today),
      [],
      'due today: already told yesterday',
    );
    assert.deepEqual(remindersFor(task({ dueOn: '2026-02-04' }), today), ['overdue']);
    assert.deepEqual(remindersFor(task({ dueOn: '2026-02-04', sent: new Set(['overdue']) }), today), []);
    assert.deepEqual(remindersFor(task({ unlockedByOthers: true, dueOn: '2026-02-06' }), today), [
      'unlocked',
      'due_soon',
    ]);
    assert.deepEqual(remindersFor(task({ unlockedByOthers: true, status: 'in_progress' }), today), []);
  });
  test('closed and locked tasks say nothing', () => {
    for (const status of ['done', 'skipped'] as const)
      assert.deepEqual(remindersFor(task({ status, dueOn: '2026-01-01' }), today), []);
    assert.deepEqual(remindersFor(task({ locked: true, dueOn: '2026-01-01' }), today), []);
  });
  test('one email a day, a digest a week, none when turned off', () => {
    assert.equal(mayEmail('daily', null, today), true);
    assert.equal(mayEmail('daily', today, today), false);
    assert.equal(mayEmail('daily', '2026-02-04', today), true);
    assert.equal(mayEmail('weekly', '2026-01-30', today), false);
    assert.equal(mayEmail('weekly', '2026-01-29', today), true);
    assert.equal(mayEmail('none', null, today), false);
  });
});

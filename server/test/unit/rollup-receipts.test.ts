import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  dropReceipt,
  FlushReceipt,
  forgetReceiptsBelow,
  holdReceipt,
  receiptsWithin,
} from '../../src/modules/usage/receipts.ts';
import { foldDailyCounts } from '../../src/modules/usage/rollup.ts';
import type { Db } from '../../src/platform/context.ts';

const receipt = (seqs: number[], accountId = 'a') => {
  const r = new FlushReceipt();
  for (const seq of seqs) {
    r.stored(seq);
    r.count('ws', { accountId, timestamp: '2026-11-20T10:00:00.000Z', event: 'X', userKey: `u:${seq}` });
  }
  return r;
};

describe('flush receipts', () => {
  test('a range covered by whole receipts adds them up; one cut by the range, or refiled, is not trusted', () => {
    // Receipts are kept per database; any object stands for one here.
    const db = {} as Db;
    holdReceipt(db, receipt([1, 2, 3]));
    holdReceipt(db, receipt([4, 5]));
    const all = receiptsWithin(db, 1, 6);
    assert.deepEqual([all?.rows, all?.seqSum, all?.counted.get('ws')?.length], [5, 15, 5]);
    assert.equal(receiptsWithin(db, 1, 5), null, 'the second receipt reaches past the bound');
    assert.equal(receiptsWithin(db, 2, 6), null, 'the first receipt starts below the mark');
    forgetReceiptsBelow(db, 4);
    assert.deepEqual(receiptsWithin(db, 4, 6)?.rows, 2, 'what a pass counted is forgotten');
    const refiled = receipt([6]);
    refiled.refiled = true;
    holdReceipt(db, refiled);
    assert.equal(receiptsWithin(db, 4, 7), null);
    assert.deepEqual(receiptsWithin(db, 4, 6)?.rows, 2);
    dropReceipt(db, refiled);
    assert.deepEqual(receiptsWithin(db, 4, 7)?.rows, 2, 'a failed flush leaves no receipt behind');
  });

  test('sums that meet on one person after aliases are added up, keeping the latest time', () => {
    const rows = foldDailyCounts([
      { account_id: 'a', day: '2026-11-20', key: 'u:1', count: 2, last: '2026-11-20T09:00:00.000Z' },
      { account_id: 'a', day: '2026-11-20', key: 'u:0', count: 1, last: '2026-11-20T08:00:00.000Z' },
      { account_id: 'a', day: '2026-11-20', key: 'u:1', count: 3, last: '2026-11-20T11:00:00.000Z' },
    ]);
    assert.deepEqual(
      rows.map((r) => [r.key, r.count, r.last]),
      [
        ['u:0', 1, '2026-11-20T08:00:00.000Z'],
        ['u:1', 5, '2026-11-20T11:00:00.000Z'],
      ],
    );
  });
});

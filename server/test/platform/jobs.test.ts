import assert from 'node:assert/strict';
import { test } from 'node:test';
import { newId } from '../../src/platform/ids.ts';
import { JobRegistry } from '../../src/platform/jobs/registry.ts';
import { getJob, requeueStale } from '../../src/platform/jobs/repository.ts';
import { scheduleDue } from '../../src/platform/jobs/scheduler.ts';
import { enqueue, workOnce } from '../../src/platform/jobs/worker.ts';
import { describeEachDatabase } from '../harness/index.ts';

describeEachDatabase('jobs, retries and the scheduler', (h) => {
  const deps = (registry: JobRegistry) => {
    const { platform } = h().runtime;
    return { db: platform.db, kind: platform.dbKind, clock: h().clock, log: platform.log, registry };
  };

  test('a failing job retries with backoff, then is dead and reported once', async () => {
    const type = `flaky.${newId()}`;
    let runs = 0;
    const dead: string[] = [];
    const registry = new JobRegistry().handle({
      type,
      maxAttempts: 3,
      run: async () => {
        runs++;
        throw new Error(`boom ${runs}`);
      },
      onDead: async (_j, _p, error) => {
        dead.push(error);
      },
    });
    const d = deps(registry);
    h().clock.set('2026-11-22T10:00:00Z');
    await enqueue(d, [{ type, payload: {} }]);
    assert.equal(await workOnce(d, 'w1'), 1);
    assert.equal(await workOnce(d, 'w1'), 0, 'not due before its backoff');
    h().clock.advance(6_500);
    assert.equal(await workOnce(d, 'w1'), 1);
    h().clock.advance(12_500);
    assert.equal(await workOnce(d, 'w1'), 1);
    h().clock.advance(3_600_000);
    assert.equal(await workOnce(d, 'w1'), 0, 'a dead job never runs again');
    h().clock.reset();
    assert.equal(runs, 3);
    assert.deepEqual(dead, ['boom 3']);
  });

  test('committed events become jobs exactly once, even with several workers', async () => {
    const type = `count.${newId()}`;
    const event = `thing.happened.${newId()}`;
    const seen: number[] = [];
    const registry = new JobRegistry()
      .subscribe(event, (e) => [{ type, payload: e.payload }])
      .handle({
        type,
        run: async (_j, p) => {
          await new Promise((r) => setTimeout(r, 2));
          seen.push((p as { n: number }).n);
        },
      });
    const d = deps(registry);
    const { db } = h().runtime.platform;
    await db
      .insertInto('outbox_events')
      .values(
        Array.from({ length: 40 }, (_, n) => ({
          id: newId(),
          workspace_id: null,
          type: event,
          payload: JSON.stringify({ n }),
          created_at: new Date().toISOString(),
          dispatched_at: null,
        })),
      )
      .execute();
    const workers = ['a', 'b', 'c', 'd'].map(async (w) => {
      for (let i = 0; i < 30; i++) await workOnce(d, w, 3);
    });
    await Promise.all(workers);
    assert.equal(seen.length, 40, 'every event handled');
    assert.equal(new Set(seen).size, 40, 'none twice');
  });

  test('a job whose worker died goes back to the queue', async () => {
    const type = `stuck.${newId()}`;
    let ran = 0;
    const registry = new JobRegistry().handle({ type, run: async () => void ran++ });
    const d = deps(registry);
    await enqueue(d, [{ type, payload: {} }]);
    const { db } = h().runtime.platform;
    const row = await db.selectFrom('jobs').select('id').where('type', '=', type).executeTakeFirstOrThrow();
    await db
      .updateTable('jobs')
      .set({ status: 'running', locked_by: 'dead-worker', locked_at: '2026-01-01T00:00:00.000Z' })
      .where('id', '=', row.id)
      .execute();
    assert.equal(await workOnce(d, 'alive'), 0);
    assert.equal(await requeueStale(db, new Date().toISOString()), 1);
    assert.equal(await workOnce(d, 'alive'), 1);
    assert.equal(ran, 1);
    assert.equal((await getJob(db, row.id))?.status, 'done');
  });

  test('two schedulers start each timed task once per period', async () => {
    const name = `report.${newId()}`;
    const registry = new JobRegistry().every(name, 60_000, { run: async () => {} });
    const d = deps(registry);
    h().clock.set('2026-11-22T11:00:00Z');
    const [a, b] = await Promise.all([scheduleDue(d), scheduleDue(d)]);
    assert.deepEqual([...a, ...b], [name]);
    assert.deepEqual(await scheduleDue(d), []);
    h().clock.advance(61_000);
    assert.deepEqual(await scheduleDue(d), [name]);
    h().clock.reset();
    const { db } = h().runtime.platform;
    const jobs = await db.selectFrom('jobs').select('id').where('type', '=', `scheduled.${name}`).execute();
    assert.equal(jobs.length, 2);
  });
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeEachDatabase } from '../harness/index.ts';

describeEachDatabase('a plan’s task list', (h) => {
  test('lists tasks by side and status; another workspace gets 404; bad filters get 400', async () => {
    const ws = await h().workspace();
    const acc = (await ws.api.post('/api/v1/accounts', { name: 'Globex', stage: 'customer' })).body as {
      id: string;
    };
    const plan = (
      await ws.api.post('/api/v1/plans', {
        accountId: acc.id,
        title: 'Globex rollout',
        tasks: [
          { title: 'Kickoff', ownerSide: 'vendor' },
          { title: 'Invite users', ownerSide: 'customer' },
          { title: 'Sign order form', ownerSide: 'customer' },
        ],
      })
    ).body as { id: string; tasks: { id: string; title: string }[] };
    const invite = plan.tasks.find((t) => t.title === 'Invite users');
    await ws.api.patch(`/api/v1/plans/${plan.id}/tasks/${invite?.id}`, { status: 'done' });
    const all = await ws.api.get(`/api/v1/plans/${plan.id}/tasks`);
    assert.deepEqual(
      all.body.data.map((t: { title: string }) => t.title),
      ['Kickoff', 'Invite users', 'Sign order form'],
    );
    const open = await ws.api.get(
      `/api/v1/plans/${plan.id}/tasks?ownerSide=customer&status=not_started,in_progress`,
    );
    assert.deepEqual(
      open.body.data.map((t: { title: string }) => t.title),
      ['Sign order form'],
    );
    assert.equal((await ws.api.get(`/api/v1/plans/${plan.id}/tasks?ownerSide=both`)).status, 400);
    const other = await h().workspace();
    assert.equal((await other.api.get(`/api/v1/plans/${plan.id}/tasks`)).status, 404);
  });
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeEachDatabase } from '../harness/index.ts';

describeEachDatabase('contacts and rapport', (h) => {
  test('contacts belong to an account; one primary per account', async () => {
    const ws = await h().workspace();
    const acc = (await ws.api.post('/api/v1/accounts', { name: 'Hooli' })).body;
    const a = await ws.api.post('/api/v1/contacts', {
      accountId: acc.id,
      firstName: 'Gavin',
      lastName: 'Belson',
      email: 'Gavin@Hooli.com',
      title: 'CEO',
      role: 'executive_sponsor',
      isPrimary: true,
    });
    assert.equal(a.status, 201, a.text);
    assert.equal(a.body.email, 'gavin@hooli.com');
    assert.equal(a.body.accountName, 'Hooli');
    // A PATCH changes only what it names; null clears.
    const renamed = await ws.api.patch(`/api/v1/contacts/${a.body.id}`, { firstName: 'Gav' });
    assert.deepEqual(
      [renamed.body.firstName, renamed.body.lastName, renamed.body.email, renamed.body.title],
      ['Gav', 'Belson', 'gavin@hooli.com', 'CEO'],
    );
    const cleared = await ws.api.patch(`/api/v1/contacts/${a.body.id}`, { title: null, firstName: 'Gavin' });
    assert.deepEqual([cleared.body.title, cleared.body.lastName], [null, 'Belson']);
    await ws.api.patch(`/api/v1/contacts/${a.body.id}`, { title: 'CEO' });
    const b = await ws.api.post('/api/v1/contacts', {
      accountId: acc.id,
      firstName: 'Denpok',
      isPrimary: true,
      role: 'champion',
    });
    assert.equal(b.status, 201);
    assert.equal(
      (await ws.api.get(`/api/v1/contacts/${a.body.id}`)).body.isPrimary,
      false,
      'the new primary replaces the old',
    );

    const list = await ws.api.get(`/api/v1/accounts/${acc.id}/contacts`);
    assert.deepEqual(
      list.body.data.map((c: { name: string }) => c.name),
      ['Denpok', 'Gavin Belson'],
    );
    assert.equal((await ws.api.get(`/api/v1/accounts/${acc.id}`)).body.contactsCount, 2);
    const search = await ws.api.get('/api/v1/contacts?q=ceo');
    assert.deepEqual(
      search.body.data.map((c: { firstName: string }) => c.firstName),
      ['Gavin'],
    );
    assert.equal((await ws.api.get(`/api/v1/contacts?accountId=${acc.id}&count=true&limit=1`)).body.total, 2);
    const byRole = await ws.api.get('/api/v1/contacts?role=champion');
    assert.deepEqual(
      byRole.body.data.map((c: { firstName: string }) => c.firstName),
      ['Denpok'],
    );

    const moved = await ws.api.patch(`/api/v1/contacts/${b.body.id}`, { lastName: 'Rinpoche', email: '' });
    assert.equal(moved.body.name, 'Denpok Rinpoche');
    assert.equal(moved.body.email, null);
    assert.equal((await ws.api.delete(`/api/v1/contacts/${b.body.id}`)).status, 204);
    assert.equal((await ws.api.get(`/api/v1/contacts/${b.body.id}`)).status, 404);
  });

  test('bad contacts are refused: missing name, bad email, account of another workspace', async () => {
    const ws = await h().workspace();
    const other = await h().workspace();
    const acc = (await ws.api.post('/api/v1/accounts', { name: 'Pied Piper' })).body;
    const foreign = (await other.api.post('/api/v1/accounts', { name: 'Theirs' })).body;
    for (const body of [
      { accountId: acc.id },
      { accountId: acc.id, firstName: 'R', email: 'not-an-email' },
      { accountId: acc.id, firstName: 'R', role: 'boss' },
      { accountId: foreign.id, firstName: 'Richard' },
      { firstName: 'Richard' },
    ]) {
      const r = await ws.api.post('/api/v1/contacts', body);
      assert.equal(r.status, 400, `${JSON.stringify(body)} → ${r.text}`);
    }
    assert.equal((await ws.api.get('/api/v1/contacts')).body.data.length, 0);
    assert.equal((await other.api.get(`/api/v1/accounts/${foreign.id}`)).body.contactsCount, 0);
  });

  test('rapport facts: team facts are shared, private ones only reach their author', async () => {
    const ws = await h().workspace();
    const colleague = await ws.member('csm');
    const acc = (await ws.api.post('/api/v1/accounts', { name: 'Aviato' })).body;
    const erlich = (await ws.api.post('/api/v1/contacts', { accountId: acc.id, firstName: 'Erlich' })).body;
    const admin = await ws.member('admin');
    const shared = await admin.client.post(`/api/v1/contacts/${erlich.id}/rapport`, {
      kind: 'pet',
      text: 'Has a tortoise named Gilfoyle',
      mentionAtNextCheckIn: true,
    });
    assert.equal(shared.status, 201, shared.text);
    assert.equal(shared.body.visibility, 'team');
    assert.equal(shared.body.author.id, admin.id);
    const secret = await admin.client.post(`/api/v1/contacts/${erlich.id}/rapport`, {
      kind: 'family',
      text: 'Going through a divorce',
      visibility: 'private',
    });
    assert.equal(secret.status, 201);

    const mine = await admin.client.get(`/api/v1/contacts/${erlich.id}/rapport`);
    assert.equal(mine.body.data.length, 2);
    const theirs = await colleague.client.get(`/api/v1/contacts/${erlich.id}/rapport`);
    assert.deepEqual(
      theirs.body.data.map((f: { text: string }) => f.text),
      ['Has a tortoise named Gilfoyle'],
    );
    assert.equal(
      (await colleague.client.patch(`/api/v1/rapport/${secret.body.id}`, { text: 'x' })).status,
      404,
    );
    assert.equal((await colleague.client.delete(`/api/v1/rapport/${secret.body.id}`)).status, 404);
    assert.equal(
      (await ws.api.get(`/api/v1/contacts/${erlich.id}`)).body.rapportCount,
      1,
      'an API key sees team facts only',
    );
    assert.equal(
      (
        await ws.api.post(`/api/v1/contacts/${erlich.id}/rapport`, {
          kind: 'other',
          text: 'x',
          visibility: 'private',
        })
      ).status,
      400,
    );

    const edited = await colleague.client.patch(`/api/v1/rapport/${shared.body.id}`, {
      mentionAtNextCheckIn: false,
    });
    assert.equal(edited.body.mentionAtNextCheckIn, false);
    assert.equal((await admin.client.delete(`/api/v1/rapport/${secret.body.id}`)).status, 204);
  });

  test('rapport text stays out of the audit log', async () => {
    const ws = await h().workspace();
    const admin = await ws.member('admin');
    const acc = (await ws.api.post('/api/v1/accounts', { name: 'Raviga' })).body;
    const laurie = (await ws.api.post('/api/v1/contacts', { accountId: acc.id, firstName: 'Laurie' })).body;
    await admin.client.post(`/api/v1/contacts/${laurie.id}/rapport`, {
      kind: 'family',
      text: 'Expecting a baby in March',
    });
    const audit = await admin.client.get('/api/v1/audit');
    const added = audit.body.data.find((e: { action: string }) => e.action === 'rapport.added');
    assert.equal(
      added.actor.name,
      (await admin.client.get('/api/v1/auth/me')).body.user.name,
      'the audit log names who acted',
    );
    const byKey = audit.body.data.find((e: { actor: { type: string } }) => e.actor.type === 'apiKey');
    assert.equal(byKey.actor.name, 'test read_write');
    assert.equal(audit.text.includes('baby'), false);
  });

  test('timeline: add notes with a contact, newest first, system entries cannot be deleted', async () => {
    const ws = await h().workspace();
    const csm = await ws.member('csm');
    const acc = (await ws.api.post('/api/v1/accounts', { name: 'Endframe' })).body;
    const c = (await ws.api.post('/api/v1/contacts', { accountId: acc.id, firstName: 'Gabe' })).body;
    const older = await csm.client.post(`/api/v1/accounts/${acc.id}/timeline`, {
      kind: 'call',
      title: 'Kick-off',
      body: 'Walked through the onboarding plan.',
      occurredAt: '2026-01-05T10:00:00Z',
      contactId: c.id,
    });
    assert.equal(older.status, 201, older.text);
    assert.equal(older.body.contact.name, 'Gabe');
    assert.equal(older.body.author.id, csm.id);
    const newer = await csm.client.post(`/api/v1/accounts/${acc.id}/timeline`, {
      body: 'Sent the QBR deck.',
    });
    assert.equal(newer.body.kind, 'note');
    await h().drain();
    const page = await ws.api.get(`/api/v1/accounts/${acc.id}/timeline?limit=2`);
    assert.equal(page.body.data[0].id, newer.body.id);
    assert.ok(page.body.nextCursor);
    const rest = await ws.api.get(
      `/api/v1/accounts/${acc.id}/timeline?limit=10&cursor=${page.body.nextCursor}`,
    );
    const all = [...page.body.data, ...rest.body.data];
    assert.equal(all.at(-1).id, older.body.id, 'oldest last');
    const system = all.find((e: { kind: string }) => e.kind === 'system');
    assert.ok(system);
    assert.equal((await ws.api.delete(`/api/v1/timeline/${system.id}`)).status, 403);
    assert.equal((await ws.api.delete(`/api/v1/timeline/${newer.body.id}`)).status, 204);
    const other = await h().workspace();
    const otherAcc = (await other.api.post('/api/v1/accounts', { name: 'Other' })).body;
    const wrongContact = await ws.api.post(`/api/v1/accounts/${acc.id}/timeline`, {
      body: 'x',
      contactId: otherAcc.id,
    });
    assert.equal(wrongContact.status, 400);
  });

  test("another workspace's contacts, facts and timeline entries answer 404 and change nothing", async () => {
    const mine = await h().workspace();
    const theirs = await h().workspace();
    const acc = (await theirs.api.post('/api/v1/accounts', { name: 'Bachmanity' })).body;
    const con = (
      await theirs.api.post('/api/v1/contacts', { accountId: acc.id, firstName: 'Big', lastName: 'Head' })
    ).body;
    const fact = (
      await theirs.api.post(`/api/v1/contacts/${con.id}/rapport`, { kind: 'interest', text: 'Loves surfing' })
    ).body;
    const entry = (await theirs.api.post(`/api/v1/accounts/${acc.id}/timeline`, { body: 'Private note' }))
      .body;
    assert.equal((await mine.api.get(`/api/v1/contacts/${con.id}`)).status, 404);
    assert.equal((await mine.api.patch(`/api/v1/contacts/${con.id}`, { firstName: 'X' })).status, 404);
    assert.equal((await mine.api.delete(`/api/v1/contacts/${con.id}`)).status, 404);
    assert.equal((await mine.api.get(`/api/v1/contacts/${con.id}/rapport`)).status, 404);
    assert.equal(
      (await mine.api.post(`/api/v1/contacts/${con.id}/rapport`, { kind: 'other', text: 'x' })).status,
      404,
    );
    assert.equal((await mine.api.patch(`/api/v1/rapport/${fact.id}`, { text: 'x' })).status, 404);
    assert.equal((await mine.api.delete(`/api/v1/rapport/${fact.id}`)).status, 404);
    assert.equal((await mine.api.delete(`/api/v1/timeline/${entry.id}`)).status, 404);
    assert.equal((await mine.api.get(`/api/v1/contacts?accountId=${acc.id}`)).status, 404);
    assert.equal((await theirs.api.get(`/api/v1/contacts/${con.id}`)).body.firstName, 'Big');
    assert.equal(
      (await theirs.api.get(`/api/v1/contacts/${con.id}/rapport`)).body.data[0].text,
      'Loves surfing',
    );
    const tl = await theirs.api.get(`/api/v1/accounts/${acc.id}/timeline?kind=note`);
    assert.equal(tl.body.data[0].body, 'Private note');
  });
});

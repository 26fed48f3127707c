import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { base, en, Faker } from '@faker-js/faker';
import { STAGES } from '@trustcircle/contracts';
import { planDemo } from '../../src/modules/demo/plan.ts';

const NOW = new Date('2026-06-15T12:00:00.000Z');
const DAY = 86_400_000;
const plan = (seed = 7) => planDemo(new Faker({ locale: [en, base], seed }), NOW, 300);

describe('the demo plan', () => {
  const p = plan();
  const accounts = p.accounts;
  const contacts = accounts.flatMap((a) => a.contacts);
  const share = (n: number, of: number) => n / of;

  test('is deterministic for a seed and differs between seeds', () => {
    assert.equal(JSON.stringify(plan()), JSON.stringify(p));
    assert.notEqual(JSON.stringify(plan(8).accounts[0]), JSON.stringify(p.accounts[0]));
  });

  test('about 300 accounts, mostly customers, every stage present', () => {
    assert.equal(accounts.length, 300);
    const stage = (a: (typeof accounts)[number]) => a.steps.at(-1)?.stage ?? a.initialStage;
    const counts = Object.fromEntries(STAGES.map((s) => [s, accounts.filter((a) => stage(a) === s).length]));
    for (const s of STAGES) assert.ok((counts[s] ?? 0) >= 10, `${s}: ${counts[s]}`);
    assert.ok(
      share(counts.customer ?? 0, 300) > 0.45 && share(counts.customer ?? 0, 300) < 0.7,
      JSON.stringify(counts),
    );
    assert.equal(new Set(accounts.map((a) => a.name)).size, 300, 'names are unique');
    assert.ok(accounts.every((a) => /^[a-z0-9-]+\.example$/.test(a.domain)));
  });

  test('stage histories follow the circle and dates make sense', () => {
    for (const a of accounts) {
      let at = a.createdAt.getTime();
      for (const step of a.steps) {
        assert.ok(step.at.getTime() > at, `${a.name}: ${step.stage} before the previous step`);
        at = step.at.getTime();
      }
      assert.ok(at <= NOW.getTime());
      const final = a.steps.at(-1)?.stage ?? a.initialStage;
      if (final === 'customer' || final === 'advocate') {
        const renewal = Date.parse(a.renewalDate ?? '');
        assert.ok(
          renewal >= NOW.getTime() - 61 * DAY && renewal <= NOW.getTime() + 365 * DAY,
          a.renewalDate ?? '',
        );
        assert.ok(Date.parse(a.contractStart ?? '') <= NOW.getTime());
        assert.ok(a.arr > 0 && a.tier !== null);
      }
      if (final === 'churned') assert.equal(a.steps.at(-1)?.arr, 0);
      if (final === 'prospect' || final === 'stranger') assert.equal(a.arr, 0);
    }
  });

  test('renewals spread over the past two months and the next twelve', () => {
    const paying = accounts.filter((a) => ['customer', 'advocate'].includes(a.steps.at(-1)?.stage ?? ''));
    const months = new Set(paying.map((a) => a.renewalDate?.slice(0, 7)));
    assert.ok(months.size >= 12, [...months].join(' '));
    assert.ok(
      paying.some((a) => Date.parse(a.renewalDate ?? '') < NOW.getTime()),
      'some renewals are overdue',
    );
  });

  test('owners spread over four CSMs, about 5% without one', () => {
    const owned = accounts.map((a) => a.owner);
    const none = owned.filter((o) => o === null).length;
    assert.ok(none >= 5 && none <= 30, `${none} without owner`);
    for (const m of [0, 1, 2, 3]) assert.ok(owned.filter((o) => o === m).length >= 30, `member ${m}`);
    assert.deepEqual(
      p.members.map((m) => m.email.endsWith('@demo.trustcircle.local')),
      [true, true, true, true],
    );
  });

  test('2–6 people per account, one primary champion or decision maker', () => {
    for (const a of accounts) {
      assert.ok(a.contacts.length >= 2 && a.contacts.length <= 6);
      const primary = a.contacts.filter((c) => c.isPrimary);
      assert.equal(primary.length, 1);
      assert.ok(['champion', 'decision_maker'].includes(primary[0]?.role ?? ''));
      assert.equal(new Set(a.contacts.map((c) => c.email)).size, a.contacts.length);
    }
  });

  test('rapport for about 40% of people: every kind, some private, some to mention', () => {
    const withFacts = contacts.filter((c) => c.facts.length > 0);
    const s = share(withFacts.length, contacts.length);
    assert.ok(s > 0.33 && s < 0.47, String(s));
    const facts = withFacts.flatMap((c) => c.facts);
    assert.deepEqual(new Set(facts.map((f) => f.kind)).size, 6);
    assert.ok(facts.some((f) => f.private) && facts.some((f) => f.mention));
    assert.ok(facts.every((f) => f.at.getTime() <= NOW.getTime() && f.text.length > 15));
  });

  test('six months of timeline with believable entries', () => {
    const entries = accounts.flatMap((a) => a.timeline);
    assert.ok(entries.length > 1000, String(entries.length));
    assert.ok(
      entries.every((e) => e.at.getTime() >= NOW.getTime() - 181 * DAY && e.at.getTime() <= NOW.getTime()),
    );
    assert.deepEqual(new Set(entries.map((e) => e.kind)), new Set(['note', 'call', 'meeting', 'email']));
    const titles = new Set(entries.map((e) => e.title.replace(/ Q\d \d{4}$/, '').replace(/#\d+/, '#')));
    for (const t of [
      'QBR',
      'Onboarding kickoff',
      'Follow-up on ticket #',
      'Renewal conversation',
      'Exit interview',
    ]) {
      assert.ok(titles.has(t), t);
    }
    const customers = accounts.filter((a) => a.steps.at(-1)?.stage === 'customer');
    assert.ok(customers.every((a) => a.timeline.length > 0));
  });

  test('tags: a region on every account, and pilot, at-risk, expansion on some', () => {
    assert.ok(accounts.every((a) => ['na', 'emea', 'apac'].includes(a.tags[0] ?? '')));
    for (const tag of ['pilot', 'at-risk', 'expansion'])
      assert.ok(
        accounts.some((a) => a.tags.includes(tag)),
        tag,
      );
    assert.ok(accounts.every((a) => typeof a.customFields.industry === 'string' && a.customFields.region));
  });
});

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { base, en, Faker } from '@faker-js/faker';
import { addMonthsToDay, PHASES, STAGES } from '@trustcircle/contracts';
import { phaseOf } from '../../src/modules/demo/maps.ts';
import { adminBookOf, planDemo } from '../../src/modules/demo/plan.ts';
import { DEFAULT_RULES } from '../../src/modules/lifecycle/index.ts';
import { evaluateRule } from '../../src/modules/lifecycle/rules.ts';
import { accountability } from '../../src/modules/plans/accountability.ts';

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

  test('renewals spread over the next twelve months; a few are overdue, each past one was signed', () => {
    const paying = accounts.filter((a) => ['customer', 'advocate'].includes(a.steps.at(-1)?.stage ?? ''));
    const months = new Set(paying.map((a) => a.renewalDate?.slice(0, 7)));
    assert.ok(months.size >= 12, [...months].join(' '));
    const overdue = paying.filter((a) => Date.parse(a.renewalDate ?? '') < NOW.getTime());
    assert.ok(overdue.length >= 2 && overdue.length <= 15, `${overdue.length} overdue renewals`);
    assert.ok(
      overdue.every((a) => a.steps.at(-1)?.stage === 'customer' && a.tags.includes('at-risk')),
      'an overdue renewal is a customer at risk, never an advocate',
    );
    for (const a of paying) {
      // One renewal a year since the contract started, each signed near its date, ending today's ARR.
      const years = Math.round(
        (Date.parse(a.renewalDate ?? '') - Date.parse(a.contractStart ?? '')) / (365.25 * DAY),
      );
      assert.equal(a.renewals.length, years - 1, `${a.name}: ${a.contractStart} → ${a.renewalDate}`);
      assert.equal(a.renewals.at(-1)?.arr ?? a.firstArr, a.arr, `${a.name}: renewals end at today's ARR`);
      for (const [k, r] of a.renewals.entries()) {
        const due = Date.parse(addMonthsToDay(a.contractStart ?? '', 12 * (k + 1)));
        const off = (r.at.getTime() - due) / DAY;
        assert.ok(off > -26 && off < 9, `${a.name}: renewal ${k + 1} signed ${off} days from its date`);
        assert.ok(r.at.getTime() < NOW.getTime());
      }
    }
  });

  test('every journey phase has customers today, each in it for a believable time, none contradicting its dates', () => {
    const customers = accounts.filter((a) => a.steps.at(-1)?.stage === 'customer');
    const byPhase = Object.fromEntries(
      PHASES.map((ph) => [ph, customers.filter((a) => phaseOf(a, NOW) === ph)]),
    );
    for (const ph of PHASES) assert.ok((byPhase[ph]?.length ?? 0) >= 5, `${ph}: ${byPhase[ph]?.length}`);
    for (const a of customers) {
      const phase = phaseOf(a, NOW);
      const renewsIn = (Date.parse(a.renewalDate ?? '') - NOW.getTime()) / DAY;
      // The renewal phase is exactly the 90 days before the renewal date, and after it while unsigned.
      assert.equal(phase === 'renewal', renewsIn <= 90, `${a.name}: ${phase}, renewal in ${renewsIn} days`);
      const since = a.phases.at(-1)?.at ?? a.steps[0]?.at ?? a.createdAt;
      // Only the renewal rule moves on the day itself, as the hourly sweep does.
      assert.ok(
        a.phases.at(-1)?.by === 'rule' || NOW.getTime() - since.getTime() >= DAY,
        `${a.name}: in ${phase} since ${since.toISOString()}`,
      );
      if (phase === 'trough') assert.ok(a.troughNow && a.tags.includes('at-risk'), a.name);
      if (phase === 'onboarding') assert.ok(NOW.getTime() - since.getTime() < 60 * DAY, a.name);
    }
    // Stays inside customer, over every journey: weeks in onboarding and the trough, about 90
    // days in renewal, months in adoption and value.
    const stays: Record<string, number[]> = {};
    for (const a of accounts) {
      const won = a.steps.find((x) => x.stage === 'customer')?.at;
      if (!won) continue;
      let prev = { phase: 'onboarding', at: won };
      for (const step of a.phases) {
        assert.ok(step.at > prev.at, `${a.name}: phases in order`);
        stays[prev.phase] = [...(stays[prev.phase] ?? []), (step.at.getTime() - prev.at.getTime()) / DAY];
        prev = step;
      }
    }
    const mean = (xs: number[] = []) => xs.reduce((x, y) => x + y, 0) / xs.length;
    assert.ok(
      mean(stays.onboarding) > 30 && mean(stays.onboarding) < 60,
      `onboarding ${mean(stays.onboarding)}`,
    );
    assert.ok(mean(stays.trough) > 14 && mean(stays.trough) < 60, `trough ${mean(stays.trough)}`);
    assert.ok(mean(stays.renewal) > 60 && mean(stays.renewal) < 110, `renewal ${mean(stays.renewal)}`);
    assert.ok(mean(stays.adoption) > 60 && mean(stays.value) > 60);
  });

  test('other seeds and days tell a story just as consistent', () => {
    for (const [seed, day] of [
      [20_260_601, '2026-12-07T23:00:00Z'],
      [3, '2027-03-01T08:00:00Z'],
      [11, '2026-09-30T12:00:00Z'],
    ] as const) {
      const now = new Date(day);
      const other = planDemo(new Faker({ locale: [en, base], seed }), now, 300).accounts;
      const customers = other.filter((a) => a.steps.at(-1)?.stage === 'customer');
      for (const ph of PHASES)
        assert.ok(customers.filter((a) => phaseOf(a, now) === ph).length >= 3, `${seed} ${day}: ${ph}`);
      const today = day.slice(0, 10);
      for (const a of customers) {
        const renewsIn = (Date.parse(a.renewalDate ?? '') - now.getTime()) / DAY;
        assert.equal(phaseOf(a, now) === 'renewal', renewsIn <= 90, `${seed} ${day} ${a.name}`);
        // The default rules, applied after the demo is loaded, find nothing to move.
        const lastRule = a.phases.filter((x) => x.by === 'rule').at(-1);
        const facts = {
          stage: 'customer' as const,
          phase: phaseOf(a, now),
          tier: a.tier,
          phaseSince: (a.phases.at(-1)?.at ?? a.steps[0]?.at ?? a.createdAt).toISOString(),
          renewalDate: a.renewalDate,
          lastMovedOn: lastRule ? lastRule.at.toISOString().slice(0, 10) : null,
        };
        for (const rule of DEFAULT_RULES)
          assert.equal(
            evaluateRule(rule, facts, today, 'UTC'),
            null,
            `${seed} ${day} ${a.name} ${JSON.stringify(facts)}`,
          );
      }
      for (const a of other) {
        const bodies = a.timeline.map((e) => e.body);
        assert.equal(new Set(bodies).size, bodies.length, `${seed} ${day} ${a.name}`);
      }
    }
  });

  test('texts an account gets do not repeat themselves', () => {
    for (const a of accounts) {
      const bodies = a.timeline.map((e) => e.body);
      assert.equal(new Set(bodies).size, bodies.length, `${a.name}: ${bodies.join(' | ')}`);
      const reasons = a.phases.filter((x) => x.by === 'csm').map((x) => x.reason);
      assert.equal(new Set(reasons).size, reasons.length, `${a.name}: ${reasons.join(' | ')}`);
      if (a.troughNow)
        assert.ok(
          a.timeline.some(
            (e) => e.title === `Risk: ${a.troughNow?.risk}` && e.body.startsWith(a.troughNow?.note ?? ''),
          ),
          `${a.name}: the risk note tells the trough's own story`,
        );
      const notes = a.renewals.map((r) => r.note);
      assert.equal(new Set(notes).size, notes.length, `${a.name}: renewal notes`);
      const facts = a.contacts.flatMap((c) => c.facts.map((x) => x.text));
      assert.equal(new Set(facts).size, facts.length, `${a.name}: rapport`);
    }
    assert.ok(
      accounts.every((a) => !/ - |, .* and /.test(a.name)),
      'company names read like companies, not like a list of surnames',
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
  test('mutual action plans for about a third of current customers, with both sides on record', () => {
    const today = NOW.toISOString().slice(0, 10);
    const customers = accounts.filter((a) => a.steps.at(-1)?.stage === 'customer');
    const planned = accounts.flatMap((a) => (a.actionPlan ? [{ a, m: a.actionPlan }] : []));
    const s = share(planned.length, customers.length);
    assert.ok(s > 0.2 && s < 0.45, `${planned.length} plans for ${customers.length} customers`);
    const health = { on_track: 0, at_risk: 0, stalled: 0 };
    const sides = {
      vendor: { onTime: 0, late: 0, overdue: 0 },
      customer: { onTime: 0, late: 0, overdue: 0 },
    };
    for (const { a, m } of planned) {
      const phase = phaseOf(a, NOW);
      assert.ok(phase && a.owner !== null, `${a.name}: a plan for a customer someone looks after`);
      if (m.kind === 'onboarding' || m.kind === 'renewal') assert.equal(m.kind, phase, m.title);
      if (phase === 'onboarding' || phase === 'renewal') assert.equal(m.kind, phase, m.title);
      assert.ok(m.milestones.length >= 2 && m.milestones.length <= 4, m.title);
      assert.ok(m.tasks.length >= 6 && m.tasks.length <= 10, `${m.title}: ${m.tasks.length} tasks`);
      assert.ok(m.tasks.some((t) => t.side === 'vendor') && m.tasks.some((t) => t.side === 'customer'));
      assert.ok(m.createdAt.getTime() < NOW.getTime() && m.startsOn <= today);
      const doneOn = new Map<number, string>();
      for (const [i, t] of m.tasks.entries()) {
        assert.equal(t.owner.kind === 'contact', t.side === 'customer', t.title);
        if (t.owner.kind === 'contact') assert.ok(t.owner.index < a.contacts.length);
        assert.ok(t.milestone < m.milestones.length);
        assert.equal(
          Date.parse(t.dueOn) - Date.parse(m.startsOn),
          t.days * DAY,
          'due dates follow the start',
        );
        assert.ok(t.moves.every((x) => x.on >= m.startsOn && x.on < today));
        const done = t.moves.find((x) => x.status === 'done')?.on;
        for (const d of t.dependsOn) {
          assert.ok(d < i, 'depends only on earlier tasks');
          if (done) assert.ok((doneOn.get(d) ?? '9999') <= done, `${t.title}: done before what it waits on`);
        }
        if (done) doneOn.set(i, done);
      }
      const acc = accountability(
        m.tasks.map((t) => {
          const last = t.moves.at(-1);
          return {
            ownerSide: t.side,
            status: last?.status ?? 'not_started',
            dueOn: t.dueOn,
            doneOn: last?.status === 'done' ? last.on : null,
            internal: t.internal,
          };
        }),
        today,
      );
      assert.equal(acc.health, m.mood, `${m.title} is ${m.mood} as planned`);
      health[acc.health]++;
      for (const side of ['vendor', 'customer'] as const) {
        sides[side].onTime += acc[side].doneOnTime;
        sides[side].late += acc[side].doneLate;
        sides[side].overdue += acc[side].overdue;
      }
    }
    assert.ok(health.on_track > planned.length / 2, JSON.stringify(health));
    assert.ok(health.at_risk >= 3 && health.stalled >= 1 && health.stalled <= 2, JSON.stringify(health));
    assert.ok(sides.vendor.onTime > sides.vendor.late && sides.vendor.late > 0, JSON.stringify(sides));
    assert.ok(sides.customer.late > 0 && sides.customer.overdue >= 3, JSON.stringify(sides));
    assert.ok(
      sides.customer.late / (sides.customer.onTime + sides.customer.late) >
        sides.vendor.late / (sides.vendor.onTime + sides.vendor.late),
      'customers are late a little more often than the team',
    );
    assert.deepEqual(new Set(planned.map((p) => p.m.kind)).size, 5, 'every kind of plan');
    const comments = planned.flatMap((p) => p.m.comments);
    assert.ok(comments.some((c) => c.side === 'vendor') && comments.some((c) => c.side === 'customer'));
    assert.ok(comments.every((c) => c.on < today));

    // The admin trying the demo runs at least two, with something of theirs due this week.
    const book = adminBookOf(accounts);
    const mine = planned.filter((p) => book.has(p.a.externalId));
    assert.ok(mine.length >= 2, `${mine.length} plans in the admin's book`);
    const weekAhead = new Date(NOW.getTime() + 7 * DAY).toISOString().slice(0, 10);
    assert.ok(
      mine.some((p) =>
        p.m.tasks.some(
          (t) => t.owner.kind === 'csm' && t.dueOn <= weekAhead && !t.moves.some((x) => x.status === 'done'),
        ),
      ),
    );
  });
});

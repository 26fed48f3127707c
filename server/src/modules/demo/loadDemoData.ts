import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { z } from 'zod';
import { authorize } from '../../platform/auth/permissions.ts';
import type { Actor, Ctx } from '../../platform/context.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { DomainError } from '../../platform/errors.ts';
import { parseInput } from '../../platform/validation.ts';
import { findAccountIdByExternalId } from '../accounts/index.ts';
import { applyRules, listRules, seedDefaultRules } from '../lifecycle/index.ts';
import { listPlanTemplates, seedDefaultTemplates } from '../planTemplates/index.ts';
import { createUser, listMembers } from '../users/index.ts';
import { applyAccount, type Cast, type Counts } from './apply.ts';
import { adminBookOf, type DemoPlan, planDemo } from './plan.ts';
import { loadDemoUsage } from './usage.ts';

const Options = z
  .object({
    seed: z.number().int().default(20_260_601),
    accounts: z.number().int().min(1).max(2000).default(300),
  })
  .strict();
export type DemoOptions = z.input<typeof Options>;

/** Accounts written per transaction: short enough that a running server's writes interleave. */
const CHUNK = 20;
const LANES = 4;

/**
 * Fills a workspace with a realistic, deterministic customer base: CSMs, about 300 accounts
 * around the whole circle, their people with rapport, six months of timeline, promises, tasks,
 * check-ins and mutual action plans on both sides. Everything
 * goes through the product's verbs, so audit, events and timeline are what the app would write.
 */
export async function loadDemoData({ ctx, options }: { ctx: Ctx; options?: DemoOptions }) {
  authorize(ctx.actor, 'workspace:manage');
  const opts = parseInput(Options, options ?? {});
  const started = performance.now();
  if (await findAccountIdByExternalId(ctx.db, ctx.workspace.id, 'demo:0001')) {
    throw new DomainError('PRECONDITION_FAILED', 'This workspace already has the demo data');
  }
  // The default lifecycle rules, on, and the starter plan templates (kept if the workspace has
  // some) come first: the accounts' renewal phases are the renewal rule's moves, and their
  // onboarding plans are the onboarding template's.
  await seedDefaultRules({ ctx, workspaceId: ctx.workspace.id, enabled: true });
  await seedDefaultTemplates({ ctx, workspaceId: ctx.workspace.id });
  // Loaded on first use: faker's locale data costs half a second nobody else should pay.
  const { Faker, en, base } = await import('@faker-js/faker');
  const plan = planDemo(new Faker({ locale: [en, base], seed: opts.seed }), ctx.clock.now(), opts.accounts);
  const cast = await castMembers(
    ctx,
    plan,
    (seed) => new Faker({ locale: [en, base], seed: opts.seed + 10_000 + seed }),
  );
  const counts: Counts = {
    accounts: 0,
    contacts: 0,
    rapportFacts: 0,
    timelineEntries: 0,
    promises: 0,
    tasks: 0,
    checkins: 0,
    plans: 0,
  };
  const chunks = Array.from({ length: Math.ceil(plan.accounts.length / CHUNK) }, (_, i) =>
    plan.accounts.slice(i * CHUNK, (i + 1) * CHUNK),
  );
  // A few transactions at once: PostgreSQL overlaps their round trips, SQLite runs them in turn.
  const lanes = Array.from({ length: LANES }, async () => {
    for (let chunk = chunks.shift(); chunk; chunk = chunks.shift()) {
      const accounts = chunk;
      await inTransaction(ctx, async (tx) => {
        for (const a of accounts) await applyAccount(tx, a, cast, counts);
      });
    }
  });
  await Promise.all(lanes);
  const usage = await loadDemoUsage(
    ctx,
    new Faker({ locale: [en, base], seed: opts.seed + 1 }),
    plan.accounts,
    ctx.clock.now(),
  );
  // Applied once, as the hourly sweep would: the story already follows them, so this moves
  // nothing unless the workspace had rules of its own.
  const rules = await applyRules({ ctx: { ...ctx, actor: { type: 'system', reason: 'lifecycle rules' } } });
  const ms = Math.round(performance.now() - started);
  ctx.log.info(
    { ...counts, usageEvents: usage.events, members: cast.owners.length, ruleMoves: rules.moved, ms },
    'demo data loaded',
  );
  return { ...counts, usageEvents: usage.events, members: cast.owners.length, ruleMoves: rules.moved, ms };
}

/** The CSMs who own accounts (added with an unusable random password), and the admin. */
async function castMembers(ctx: Ctx, plan: DemoPlan, fakerFor: Cast['fakerFor']): Promise<Cast> {
  const members = (await listMembers({ ctx })).data;
  const owners: Cast['owners'] = [];
  for (const m of plan.members) {
    const existing = members.find((x) => x.email === m.email);
    const member =
      existing ??
      (await createUser({
        ctx,
        input: { email: m.email, name: m.name, password: randomBytes(24).toString('base64url'), role: 'csm' },
      }));
    owners.push({ id: member.id, name: member.name });
  }
  const admin = members.find((m) => m.role === 'admin' && m.status === 'active');
  const adminActor: Actor | null =
    ctx.actor.type === 'user'
      ? ctx.actor
      : admin
        ? { type: 'user', userId: admin.id, role: 'admin', name: admin.name, sessionId: null }
        : null;
  const adminBook = adminBookOf(plan.accounts);
  const renewalRule = (await listRules({ ctx })).data.find(
    (r) =>
      r.enabled &&
      r.definition.condition.type === 'days_before_renewal' &&
      r.definition.condition.days === 90 &&
      r.definition.move.phase === 'renewal',
  );
  const onboarding = (await listPlanTemplates({ ctx })).data.find((t) => t.startsOnPhase === 'onboarding');
  return {
    renewalRule: renewalRule ? { id: renewalRule.id, name: renewalRule.name } : null,
    onboardingTemplateId: onboarding?.id ?? null,
    owners,
    admin: adminActor,
    fallback: adminActor ?? ctx.actor,
    adminBook: adminActor ? adminBook : new Set(),
    fakerFor,
  };
}

import type { Faker } from '@faker-js/faker';
import { fixedClock } from '../../platform/clock.ts';
import type { Actor, Ctx } from '../../platform/context.ts';
import { createAccount } from '../accounts/index.ts';
import { addRapportFact, createContact } from '../contacts/index.ts';
import { addTimelineEntry } from '../timeline/index.ts';
import { applyLife } from './applyLife.ts';
import { applyActionPlan } from './applyMaps.ts';
import type { PlannedAccount } from './plan.ts';
import { applyWork } from './work.ts';

/** The people the demo acts as: each account's CSM, and the admin who keeps private notes. */
export type Cast = {
  /** The renewal rule whose moves the journey's renewal phases are, and the onboarding template. */
  renewalRule: { id: string; name: string } | null;
  onboardingTemplateId: string | null;
  owners: Array<{ id: string; name: string }>;
  admin: Actor | null;
  fallback: Actor;
  /** Accounts the signed-in admin looks after, so their "My work" has something in it. */
  adminBook: Set<string>;
  /** A faker of its own per account: lanes run in parallel, so a shared one would not repeat. */
  fakerFor: (seed: number) => Faker;
};

export type Counts = {
  accounts: number;
  contacts: number;
  rapportFacts: number;
  timelineEntries: number;
  promises: number;
  tasks: number;
  checkins: number;
  plans: number;
};

/**
 * Writes one planned account through the same verbs the app uses, each at the moment it
 * "happened" (the clock is set per call), so the audit log, events and timeline tell a
 * consistent story months long. Runs inside the caller's transaction.
 */
export async function applyAccount(tx: Ctx, a: PlannedAccount, cast: Cast, counts: Counts) {
  const admin = cast.admin?.type === 'user' ? { id: cast.admin.userId, name: cast.admin.name } : undefined;
  const owner =
    cast.adminBook.has(a.externalId) && admin ? admin : a.owner === null ? undefined : cast.owners[a.owner];
  const csm: Actor = owner
    ? { type: 'user', userId: owner.id, role: 'csm', name: owner.name, sessionId: null }
    : cast.fallback;
  const at = (d: Date, actor: Actor = csm): Ctx => ({ ...tx, actor, clock: fixedClock(d.toISOString()) });
  const now = tx.clock.now();

  const account = await createAccount({
    ctx: at(a.createdAt),
    input: {
      name: a.name,
      domain: a.domain,
      stage: a.initialStage,
      tier: a.tier,
      arr: a.firstArr,
      contractStart: a.contractStart,
      renewalDate: a.firstRenewalDate,
      tags: a.tags,
      customFields: a.customFields,
      externalId: a.externalId,
      ownerId: owner?.id ?? null,
    },
  });
  counts.accounts++;

  const contactIds: string[] = [];
  for (const [i, c] of a.contacts.entries()) {
    const added = await createContact({
      ctx: at(new Date(a.createdAt.getTime() + (i + 1) * 3_600_000)),
      input: {
        accountId: account.id,
        firstName: c.firstName,
        lastName: c.lastName,
        email: c.email,
        phone: c.phone,
        title: c.title,
        role: c.role,
        isPrimary: c.isPrimary,
      },
    });
    contactIds.push(added.id);
    counts.contacts++;
    for (const fact of c.facts) {
      const author = fact.private && cast.admin ? cast.admin : csm;
      const visibility = fact.private && author.type === 'user' ? 'private' : 'team';
      await addRapportFact({
        ctx: at(fact.at, author),
        contactId: added.id,
        input: { kind: fact.kind, text: fact.text, mentionAtNextCheckIn: fact.mention, visibility },
      });
      counts.rapportFacts++;
    }
  }

  await applyLife(at, a, { id: account.id, name: a.name }, cast);

  for (const e of a.timeline) {
    await addTimelineEntry({
      ctx: at(e.at),
      accountId: account.id,
      input: {
        kind: e.kind,
        title: e.title,
        body: e.body,
        occurredAt: e.at.toISOString(),
        contactId: e.contact === null ? null : (contactIds[e.contact] ?? null),
      },
    });
    counts.timelineEntries++;
  }

  const work = await applyWork(tx, cast.fakerFor(Number(a.externalId.slice(5))), a, account.id, csm, now);
  counts.promises += work.promises;
  counts.tasks += work.tasks;
  counts.checkins += work.checkins;
  if (a.actionPlan && (await applyActionPlan(tx, a.actionPlan, { id: account.id, contactIds }, csm, cast)))
    counts.plans++;
}

import type { Faker } from '@faker-js/faker';
import type { ContactRole, RapportKind, Stage, Tier } from '@trustcircle/contracts';
import { type PlannedActionPlan, planActionPlans } from './maps.ts';
import { planContacts } from './people.ts';
import { planTimeline } from './story.ts';
import type { EntryText } from './texts.ts';
import { INDUSTRIES } from './texts.ts';
import { DAY, daysFrom, isoDate, slug } from './util.ts';

/**
 * The demo workspace as data, before any of it is written. Pure and deterministic: the same
 * seeded faker and the same "now" give the same plan, so demo screenshots and tests agree.
 */

export type PlannedFact = { kind: RapportKind; text: string; mention: boolean; private: boolean; at: Date };
export type PlannedContact = {
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  title: string;
  role: ContactRole | null;
  isPrimary: boolean;
  facts: PlannedFact[];
};
export type PlannedEntry = EntryText & { at: Date; contact: number | null };
export type StageStep = { stage: Stage; at: Date; arr?: number };
export type PlannedAccount = {
  externalId: string;
  name: string;
  domain: string;
  tier: Tier | null;
  arr: number;
  contractStart: string | null;
  renewalDate: string | null;
  tags: string[];
  customFields: Record<string, string | number>;
  /** index into the plan's members, or null for an account nobody owns yet */
  owner: number | null;
  createdAt: Date;
  initialStage: Stage;
  /** later stage changes, oldest first; the last one is where the account is now */
  steps: StageStep[];
  contacts: PlannedContact[];
  timeline: PlannedEntry[];
  /** an active mutual action plan, for about a third of current customers */
  actionPlan: PlannedActionPlan | null;
};
export type DemoPlan = { members: Array<{ name: string; email: string }>; accounts: PlannedAccount[] };

const STAGE_WEIGHTS: Array<{ value: Stage; weight: number }> = [
  { value: 'customer', weight: 58 },
  { value: 'prospect', weight: 15 },
  { value: 'advocate', weight: 10 },
  { value: 'churned', weight: 9 },
  { value: 'stranger', weight: 8 },
];
const TIER_WEIGHTS: Array<{ value: Tier; weight: number }> = [
  { value: 'strategic', weight: 7 },
  { value: 'enterprise', weight: 20 },
  { value: 'growth', weight: 40 },
  { value: 'starter', weight: 33 },
];
const ARR: Record<Tier, [number, number]> = {
  strategic: [250_000, 1_200_000],
  enterprise: [80_000, 250_000],
  growth: [20_000, 80_000],
  starter: [3_000, 20_000],
};
const PLAN: Record<Tier, string> = {
  strategic: 'Enterprise',
  enterprise: 'Business',
  growth: 'Growth',
  starter: 'Starter',
};
const SEATS: Record<Tier, [number, number]> = {
  strategic: [500, 5000],
  enterprise: [100, 600],
  growth: [20, 120],
  starter: [5, 25],
};
const REGIONS = [
  { value: { tag: 'na', name: 'North America' }, weight: 50 },
  { value: { tag: 'emea', name: 'EMEA' }, weight: 35 },
  { value: { tag: 'apac', name: 'APAC' }, weight: 15 },
];
const OWNER_WEIGHTS = [32, 27, 22, 14];

export function planDemo(f: Faker, now: Date, count: number): DemoPlan {
  const members = Array.from({ length: 4 }, () => {
    const [first, last] = [f.person.firstName(), f.person.lastName()];
    return { name: `${first} ${last}`, email: `${slug(first)}.${slug(last)}@demo.trustcircle.local` };
  });
  const names = new Set<string>();
  const accounts = Array.from({ length: count }, (_, i) => planAccount(f, now, i, names));
  planActionPlans(f, now, accounts, adminBookOf(accounts));
  return { members, accounts };
}

/** A small book of current customers for the admin, who is the one trying the demo. */
export function adminBookOf(accounts: PlannedAccount[]): Set<string> {
  return new Set(
    accounts
      .filter((a) => a.owner !== null && a.steps.at(-1)?.stage === 'customer')
      .slice(0, 8)
      .map((a) => a.externalId),
  );
}

function planAccount(f: Faker, now: Date, i: number, names: Set<string>): PlannedAccount {
  const name = uniqueCompany(f, names);
  const stage = f.helpers.weightedArrayElement(STAGE_WEIGHTS);
  const region = f.helpers.weightedArrayElement(REGIONS);
  const paying = stage === 'customer' || stage === 'advocate' || stage === 'churned';
  const tier = paying || f.datatype.boolean(0.5) ? f.helpers.weightedArrayElement(TIER_WEIGHTS) : null;
  const [lo, hi] = ARR[tier ?? 'starter'];
  const arr = paying ? Math.round(f.number.int({ min: lo, max: hi }) / 500) * 500 : 0;
  const life = lifeOf(f, now, stage);
  const seats = tier ? f.number.int({ min: SEATS[tier][0], max: SEATS[tier][1] }) : 0;
  const account: PlannedAccount = {
    externalId: `demo:${String(i + 1).padStart(4, '0')}`,
    name,
    domain: `${slug(name)}.example`,
    tier,
    arr,
    ...life,
    tags: tagsFor(f, stage, region.tag, life, now),
    customFields: {
      industry: f.helpers.arrayElement(INDUSTRIES),
      region: region.name,
      ...(tier ? { plan: PLAN[tier] } : {}),
      ...(paying ? { seats } : {}),
    },
    owner: f.datatype.boolean(0.05)
      ? null
      : f.helpers.weightedArrayElement(OWNER_WEIGHTS.map((weight, value) => ({ weight, value }))),
    contacts: [],
    timeline: [],
    actionPlan: null,
  };
  account.contacts = planContacts(f, now, account);
  account.timeline = planTimeline(f, now, account, {
    plan: tier ? PLAN[tier] : 'Growth',
    seats: seats || 25,
  });
  return account;
}

type Life = Pick<PlannedAccount, 'createdAt' | 'initialStage' | 'steps' | 'contractStart' | 'renewalDate'>;

/** When the account met us and how it moved around the circle since. */
function lifeOf(f: Faker, now: Date, stage: Stage): Life {
  const between = (from: number, to: number) =>
    f.date.between({ from: daysFrom(now, from), to: daysFrom(now, to) });
  if (stage === 'stranger') {
    return {
      createdAt: between(-200, -5),
      initialStage: 'stranger',
      steps: [],
      contractStart: null,
      renewalDate: null,
    };
  }
  if (stage === 'prospect') {
    const createdAt = between(-300, -10);
    const cameFromStranger = f.datatype.boolean(0.4);
    const becameProspect = f.date.between({ from: daysFrom(createdAt, 3), to: daysFrom(now, -2) });
    return {
      createdAt,
      initialStage: cameFromStranger ? 'stranger' : 'prospect',
      steps: cameFromStranger ? [{ stage: 'prospect', at: becameProspect }] : [],
      contractStart: null,
      renewalDate: null,
    };
  }
  if (stage === 'churned') {
    const churnAt = between(-170, -7);
    const years = f.helpers.weightedArrayElement([
      { value: 1, weight: 50 },
      { value: 2, weight: 35 },
      { value: 3, weight: 15 },
    ]);
    const start = daysFrom(churnAt, -365 * years);
    return {
      createdAt: daysFrom(start, -f.number.int({ min: 20, max: 90 })),
      initialStage: 'prospect',
      steps: [
        { stage: 'customer', at: start },
        { stage: 'churned', at: churnAt, arr: 0 },
      ],
      contractStart: isoDate(start),
      renewalDate: isoDate(churnAt),
    };
  }
  // Customers renew in the next 12 months or are up to 2 months overdue; advocates have been
  // customers for at least a year before they advocate.
  const renewal = stage === 'advocate' ? between(-60, 300) : between(-60, 364);
  const years = f.helpers.weightedArrayElement(
    (stage === 'advocate' ? [2, 3, 4] : [1, 1, 1, 2, 2, 3, 4]).map((value) => ({ value, weight: 1 })),
  );
  const start = daysFrom(renewal, -365 * years);
  const steps: StageStep[] = [{ stage: 'customer', at: start }];
  if (stage === 'advocate') steps.push({ stage: 'advocate', at: between(-240, -5) });
  return {
    createdAt: daysFrom(start, -f.number.int({ min: 20, max: 90 })),
    initialStage: 'prospect',
    steps,
    contractStart: isoDate(start),
    renewalDate: isoDate(renewal),
  };
}

function tagsFor(f: Faker, stage: Stage, region: string, life: Life, now: Date): string[] {
  const tags = [region];
  const startedDaysAgo = life.contractStart ? (now.getTime() - Date.parse(life.contractStart)) / DAY : null;
  const renewsInDays = life.renewalDate ? (Date.parse(life.renewalDate) - now.getTime()) / DAY : null;
  if (stage === 'prospect' && f.datatype.boolean(0.3)) tags.push('pilot');
  if (stage === 'customer' && startedDaysAgo !== null && startedDaysAgo < 90) tags.push('onboarding');
  if (stage === 'customer' && f.datatype.boolean(renewsInDays !== null && renewsInDays < 90 ? 0.35 : 0.1)) {
    tags.push('at-risk');
  }
  if ((stage === 'customer' || stage === 'advocate') && f.datatype.boolean(0.12)) tags.push('expansion');
  if (stage === 'advocate' && f.datatype.boolean(0.5)) tags.push('reference');
  return tags;
}

function uniqueCompany(f: Faker, names: Set<string>): string {
  for (;;) {
    const name = f.company.name();
    if (!names.has(slug(name))) {
      names.add(slug(name));
      return name;
    }
  }
}

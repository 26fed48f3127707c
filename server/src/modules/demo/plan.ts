import type { Faker } from '@faker-js/faker';
import type { ContactRole, RapportKind, Stage, Tier } from '@trustcircle/contracts';
import { addMonthsToDay } from '@trustcircle/contracts';
import {
  type PhaseStep,
  type PlannedRenewal,
  planJourney,
  renewalDatesFrom,
  type TroughEpisode,
} from './journey.ts';
import { type PlannedActionPlan, planActionPlans } from './maps.ts';
import { planContacts } from './people.ts';
import { planTimeline } from './story.ts';
import type { EntryText } from './texts.ts';
import { companyName, INDUSTRIES } from './texts.ts';
import { addDay, DAY, dayAt, daysFrom, isoDate, slug } from './util.ts';

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
export type { PhaseStep, PlannedRenewal } from './journey.ts';
export type PlannedAccount = {
  externalId: string;
  name: string;
  domain: string;
  tier: Tier | null;
  arr: number;
  contractStart: string | null;
  /** the renewal date today (a churned account's: the one it did not renew) */
  renewalDate: string | null;
  /** what the account was created with: its first renewal date and ARR; renewals move them on */
  firstRenewalDate: string | null;
  firstArr: number;
  tags: string[];
  customFields: Record<string, string | number>;
  /** index into the plan's members, or null for an account nobody owns yet */
  owner: number | null;
  createdAt: Date;
  initialStage: Stage;
  /** later stage changes, oldest first; the last one is where the account is now */
  steps: StageStep[];
  /** phase moves inside `customer`, oldest first */
  phases: PhaseStep[];
  /** renewals signed, oldest first */
  renewals: PlannedRenewal[];
  /** why a customer is in the trough today */
  troughNow: TroughEpisode | null;
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
  const industry = f.helpers.arrayElement(INDUSTRIES);
  const name = uniqueCompany(f, names, industry);
  const stage = f.helpers.weightedArrayElement(STAGE_WEIGHTS);
  const region = f.helpers.weightedArrayElement(REGIONS);
  const paying = stage === 'customer' || stage === 'advocate' || stage === 'churned';
  const tier = paying || f.datatype.boolean(0.5) ? f.helpers.weightedArrayElement(TIER_WEIGHTS) : null;
  const [lo, hi] = ARR[tier ?? 'starter'];
  const arr = paying ? Math.round(f.number.int({ min: lo, max: hi }) / 500) * 500 : 0;
  const life = lifeOf(f, now, stage);
  const journey = life.won
    ? planJourney(f, now, {
        won: life.won,
        renewalDates: life.renewalDates,
        arr,
        leftAt: life.steps.find((s) => s.stage !== 'customer')?.at ?? null,
        churned: stage === 'churned',
        // About one current customer in eight is in the trough today.
        inTroughNow: stage === 'customer' && f.datatype.boolean(0.14),
      })
    : { phases: [], renewals: [], firstArr: arr, troughNow: null };
  const seats = tier ? f.number.int({ min: SEATS[tier][0], max: SEATS[tier][1] }) : 0;
  const account: PlannedAccount = {
    externalId: `demo:${String(i + 1).padStart(4, '0')}`,
    name,
    domain: `${slug(name)}.example`,
    tier,
    arr,
    createdAt: life.createdAt,
    initialStage: life.initialStage,
    steps: life.steps,
    contractStart: life.contractStart,
    renewalDate: life.renewalDates.at(-1) ?? null,
    firstRenewalDate: life.renewalDates[0] ?? null,
    firstArr: journey.firstArr,
    phases: journey.phases,
    renewals: journey.renewals,
    troughNow: journey.troughNow,
    tags: [],
    customFields: {
      industry,
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
  account.tags = tagsFor(f, stage, region.tag, account, now);
  account.contacts = planContacts(f, now, account);
  account.timeline = planTimeline(f, now, account, {
    plan: tier ? PLAN[tier] : 'Growth',
    seats: seats || 25,
  });
  return account;
}

type Life = Pick<PlannedAccount, 'createdAt' | 'initialStage' | 'steps' | 'contractStart'> & {
  /** the day the account became a customer, at the hour it was signed */
  won: Date | null;
  renewalDates: string[];
};

const YEARS = (values: number[]) => values.map((value) => ({ value, weight: 1 }));

/** When the account met us and how it moved around the circle since. */
function lifeOf(f: Faker, now: Date, stage: Stage): Life {
  const between = (from: number, to: number) =>
    f.date.between({ from: daysFrom(now, from), to: daysFrom(now, to) });
  const none = { contractStart: null, won: null, renewalDates: [] };
  if (stage === 'stranger') {
    return { createdAt: between(-200, -5), initialStage: 'stranger', steps: [], ...none };
  }
  if (stage === 'prospect') {
    const createdAt = between(-300, -10);
    const cameFromStranger = f.datatype.boolean(0.4);
    const becameProspect = f.date.between({ from: daysFrom(createdAt, 3), to: daysFrom(now, -2) });
    return {
      createdAt,
      initialStage: cameFromStranger ? 'stranger' : 'prospect',
      steps: cameFromStranger ? [{ stage: 'prospect', at: becameProspect }] : [],
      ...none,
    };
  }
  // Contracts run a year at a time from the day they were signed. A churned account left at a
  // renewal it did not sign; a customer's renewal is ahead, or (a few) a little overdue; an
  // advocate has been a customer for more than a year.
  const today = isoDate(now);
  // A growing book: some customers signed in the last two months and are still onboarding.
  const fresh = stage === 'customer' && f.datatype.boolean(0.07);
  const current =
    stage === 'churned'
      ? isoDate(between(-170, -9))
      : fresh
        ? addDay(today, f.number.int({ min: 310, max: 360 }))
        : stage === 'customer' && f.datatype.boolean(0.035)
          ? addDay(today, -f.number.int({ min: 3, max: 25 }))
          : addDay(today, f.number.int({ min: 1, max: stage === 'advocate' ? 300 : 364 }));
  const years = fresh
    ? 1
    : f.helpers.weightedArrayElement(
        YEARS(stage === 'advocate' ? [2, 3, 4] : stage === 'churned' ? [1, 1, 2, 3] : [1, 1, 1, 2, 2, 3, 4]),
      );
  const start = addMonthsToDay(current, -12 * years);
  const won = dayAt(start, f.number.int({ min: 9, max: 17 }));
  const steps: StageStep[] = [{ stage: 'customer', at: won }];
  if (stage === 'advocate') steps.push({ stage: 'advocate', at: between(-240, -5) });
  if (stage === 'churned')
    steps.push({
      stage: 'churned',
      at: dayAt(addDay(current, f.number.int({ min: 0, max: 5 })), 16),
      arr: 0,
    });
  return {
    createdAt: daysFrom(won, -f.number.int({ min: 20, max: 90 })),
    initialStage: 'prospect',
    steps,
    contractStart: start,
    won,
    renewalDates: renewalDatesFrom(start, years),
  };
}

function tagsFor(f: Faker, stage: Stage, region: string, a: PlannedAccount, now: Date): string[] {
  const tags = [region];
  const current = stage === 'customer' ? (a.phases.at(-1)?.phase ?? 'onboarding') : null;
  const renewsInDays = a.renewalDate ? (Date.parse(a.renewalDate) - now.getTime()) / DAY : null;
  if (stage === 'prospect' && f.datatype.boolean(0.3)) tags.push('pilot');
  if (current === 'onboarding') tags.push('onboarding');
  const atRisk =
    current === 'trough' ||
    (current === 'renewal' && renewsInDays !== null && (renewsInDays < 0 || f.datatype.boolean(0.3))) ||
    (current !== null && f.datatype.boolean(0.04));
  if (atRisk) tags.push('at-risk');
  if ((stage === 'customer' || stage === 'advocate') && current !== 'trough' && f.datatype.boolean(0.12)) {
    tags.push('expansion');
  }
  if (stage === 'advocate' && f.datatype.boolean(0.5)) tags.push('reference');
  return tags;
}

function uniqueCompany(f: Faker, names: Set<string>, industry: string): string {
  for (;;) {
    const name = companyName(f, industry);
    if (!names.has(slug(name))) {
      names.add(slug(name));
      return name;
    }
  }
}

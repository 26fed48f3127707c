import type { Faker } from '@faker-js/faker';
import type { RapportKind } from '@trustcircle/contracts';
import { formatDay } from '../../platform/dates.ts';
import type { TroughEpisode } from './journey.ts';

/** Believable words for demo data: what CSMs actually write after a call. */

export type EntryText = { kind: 'note' | 'call' | 'meeting' | 'email'; title: string; body: string };
export type Who = { company: string; champion: string; contact: string; seats: number; plan: string };

const FEATURES = [
  'SSO',
  'the reporting module',
  'the Salesforce sync',
  'workflow automations',
  'the mobile app',
  'audit exports',
  'the API',
  'custom dashboards',
  'the Slack integration',
];
const GOALS = [
  'cut ticket handling time by 20%',
  'one place for every renewal',
  'weekly health reviews for the top 50 accounts',
  'replace three spreadsheets',
  'onboard new customers in under 30 days',
  'board-level reporting on retention',
];
const ISSUES = [
  'slow dashboard loading for large accounts',
  'duplicate contacts after the CRM sync',
  'SSO login loops in Safari',
  'a CSV export with broken accents',
  'missing webhook retries',
  'wrong time zone on scheduled reports',
];
const RISKS = {
  champion_left: [
    'champion left',
    'Our champion moved to another company; the new ops lead has not logged in yet.',
  ],
  usage_dropped: [
    'usage dropped',
    'Weekly active users down 35% over six weeks, mostly in the support team.',
  ],
  budget_review: ['budget review', 'CFO is reviewing every tool above $20k; we need a clear ROI story.'],
  outage_impact: ['outage impact', 'The outage hit their month-end close; trust is shaken.'],
  unmet_expectation: [
    'unmet expectation',
    'They expected the Salesforce sync to be two-way; it is not (yet).',
  ],
  first_p1: ['first P1 ticket', 'Their first P1: SSO login loops kept the support team out for two days.'],
} as const;
const NEXT_STEPS = [
  'share the roadmap, plan a workshop for new team leads',
  'send the adoption report to their sponsor',
  'book training for the newest team',
  'review the success criteria with finance',
  'set up the executive dashboard they asked for',
  'introduce them to another customer in their industry',
];
const PAINS = [
  'renewals are tracked in a spreadsheet nobody trusts',
  'no early warning before customers churn',
  'CSMs spend Fridays building reports by hand',
  'handoff from sales to onboarding loses half the context',
];
const EVENTS = ['SaaStr Annual', 'Pulse', 'a local CS meetup', 'Web Summit', 'a partner webinar'];

export function onboardingEntries(f: Faker, w: Who): EntryText[] {
  const feature = f.helpers.arrayElement(FEATURES);
  const [g1, g2] = f.helpers.arrayElements(GOALS, 2);
  return [
    {
      kind: 'meeting',
      title: 'Onboarding kickoff',
      body: `Kickoff with ${w.champion} and ${f.number.int({ min: 2, max: 6 })} admins from ${w.company}. Success criteria we agreed: ${g1} and ${g2}. Go-live target in six weeks. Next: SSO and data import.`,
    },
    {
      kind: 'call',
      title: `Onboarding call: ${feature}`,
      body: `Walked ${w.contact}'s team through ${feature}. ${f.helpers.arrayElement(['Went smoothly.', 'One blocker: their IT needs a security questionnaire first.', 'They want a second session for the regional leads.'])} I will send the admin guide and book training.`,
    },
    {
      kind: 'meeting',
      title: 'Admin training',
      body: `Trained ${f.number.int({ min: 3, max: 12 })} admins. Most questions were about ${f.helpers.arrayElement(FEATURES)}. Recording and slides shared in their channel.`,
    },
  ];
}

export function qbrEntry(f: Faker, w: Who, when: Date): EntryText {
  const q = Math.floor(when.getUTCMonth() / 3) + 1;
  const active = f.number.int({ min: 45, max: 95 });
  const before = Math.max(20, active - f.number.int({ min: -8, max: 20 }));
  return {
    kind: 'meeting',
    title: `QBR Q${q} ${when.getUTCFullYear()}`,
    body: `Quarterly review with ${w.champion}. Adoption: ${active}% of ${w.seats} seats active (${before}% last quarter). Win: ${f.helpers.arrayElement(GOALS)}. Ask: better ${f.helpers.arrayElement(FEATURES)}. Next steps: ${f.helpers.arrayElement(NEXT_STEPS)}.`,
  };
}

/** `n` different problems an account reported to support. */
export const pickIssues = (f: Faker, n: number): string[] => f.helpers.arrayElements(ISSUES, n);

/** A follow-up on a support ticket about `issue`. */
export function supportEntry(f: Faker, w: Who, issue: string): EntryText {
  const ticket = f.number.int({ min: 10_000, max: 99_999 });
  return f.helpers.arrayElement<EntryText>([
    {
      kind: 'email',
      title: `Follow-up on ticket #${ticket}`,
      body: `${w.contact} reported ${issue}. Engineering shipped a fix in ${f.system.semver()}; ${w.contact} confirmed it works. Closing the loop.`,
    },
    {
      kind: 'call',
      title: 'Support escalation',
      body: `${w.contact} called about ${issue} (ticket #${ticket}). Escalated to engineering, promised an update within 24 hours.`,
    },
  ]);
}

const MOODS = [
  'happy with the rollout',
  'busy with a reorg but positive',
  'pushing for more usage in the EMEA team',
  'worried about admin workload',
  'keen to show results to their board',
  'asking how other customers run their QBRs',
];

/** Notes between the meetings, `n` of them, no two alike. */
export function checkInEntries(f: Faker, w: Who, n: number): EntryText[] {
  const moods = f.helpers.shuffle(MOODS);
  const features = f.helpers.shuffle(FEATURES);
  const makers: Array<(i: number) => EntryText> = [
    (i) => ({
      kind: 'call',
      title: 'Monthly check-in',
      body: `${w.champion} is ${moods[i % moods.length]}. Agreed to review ${features[i % features.length]} next month.`,
    }),
    () => ({
      kind: 'note',
      title: 'Usage review',
      body: `Weekly active users ${f.helpers.arrayElement(['up', 'down', 'flat at'])} ${f.number.int({ min: 3, max: 30 })}% over the last 30 days, driven by the ${f.commerce.department().toLowerCase()} team.`,
    }),
    (i) => ({
      kind: 'email',
      title: 'Shared a best practice',
      body: `Sent ${w.contact} our guide to ${features[(i + 1) % features.length]}, with how a similar team set it up.`,
    }),
  ];
  return f.helpers
    .shuffle(makers.map((_, i) => i))
    .slice(0, n)
    .map((k, i) => (makers[k] as (i: number) => EntryText)(i));
}

export function renewalEntry(f: Faker, w: Who, renewal: string): EntryText {
  return {
    kind: 'call',
    title: 'Renewal conversation',
    body: `Talked about the renewal on ${formatDay(renewal)}. ${w.champion} ${f.helpers.arrayElement(['expects to renew as is', 'wants to move to a multi-year deal', 'asks for a discount on extra seats', 'needs sign-off from the new CFO'])}. Procurement needs our updated security pack.`,
  };
}

/** A risk noted on the account: the trough it fell into that day, when it did. */
export function riskEntry(f: Faker, trough: Pick<TroughEpisode, 'risk' | 'note'> | null = null): EntryText {
  const [title, body] = trough ? [trough.risk, trough.note] : RISKS[f.helpers.objectKey(RISKS)];
  return {
    kind: 'note',
    title: `Risk: ${title}`,
    body: `${body} Plan: exec call within two weeks and a recovery plan.`,
  };
}

/** A renewal whose date has passed unsigned: why, and what happens next. */
export function overdueRenewalEntry(f: Faker, w: Who, renewal: string): EntryText {
  return {
    kind: 'note',
    title: 'Renewal signature delayed',
    body: `The renewal was due on ${formatDay(renewal)}. ${f.helpers.arrayElement([
      'Procurement asked for a new security review before signing.',
      `${w.champion} is waiting for the new CFO to approve every renewal.`,
      'Legal wants changes to the data processing terms.',
    ])} They keep using it; we agreed to extend access for 30 days and meet weekly until it is signed.`,
  };
}

export function expansionEntry(f: Faker, w: Who): EntryText {
  const team = f.commerce.department();
  return {
    kind: 'meeting',
    title: `Expansion: ${team} team`,
    body: `${team} team wants ${f.number.int({ min: 10, max: 80 })} more seats on the ${w.plan} plan to roll out ${f.helpers.arrayElement(FEATURES)}. Proposal going out next week.`,
  };
}

export function prospectEntries(f: Faker, w: Who): EntryText[] {
  return [
    {
      kind: 'call',
      title: 'Discovery call',
      body: `Met ${w.contact}. Pain: ${f.helpers.arrayElement(PAINS)}. Today they use ${f.helpers.arrayElement(['spreadsheets', 'Gainsight', 'their CRM only', 'a home-grown tool'])}.`,
    },
    {
      kind: 'meeting',
      title: 'Product demo',
      body: `Demo for ${f.number.int({ min: 3, max: 9 })} people. Most interest in ${f.helpers.arrayElement(FEATURES)}; concern about ${f.helpers.arrayElement(['data residency', 'the rollout effort', 'price per seat', 'the CRM integration'])}.`,
    },
    {
      kind: 'email',
      title: 'Proposal sent',
      body: `Sent the ${w.plan} proposal for ${w.seats} seats. Decision expected this quarter.`,
    },
  ];
}

export function advocateEntries(f: Faker, w: Who): EntryText[] {
  return [
    {
      kind: 'note',
      title: 'Agreed to be a reference',
      body: `${w.champion} will take up to two reference calls per quarter. Prefers prospects in ${f.helpers.arrayElement(['financial services', 'healthcare', 'SaaS', 'manufacturing'])}.`,
    },
    {
      kind: 'meeting',
      title: 'Case study interview',
      body: `Interviewed ${w.champion} for the case study: ${f.helpers.arrayElement(GOALS)} within two quarters. Draft due to their comms team next week.`,
    },
  ];
}

export function churnEntries(f: Faker, w: Who): EntryText[] {
  const [title, body] = RISKS[f.helpers.objectKey(RISKS)];
  return [
    { kind: 'note', title: `Risk: ${title}`, body },
    {
      kind: 'call',
      title: 'Exit interview',
      body: `${w.contact} confirmed ${w.company} will not renew: ${f.helpers.arrayElement(['budget cuts after a reorg', 'moving to an in-house tool', 'consolidating on their CRM vendor', 'the project lost its sponsor'])}. They liked ${f.helpers.arrayElement(FEATURES)}. Door open for next year.`,
    },
  ];
}

export const strangerEntry = (f: Faker, w: Who): EntryText => ({
  kind: 'note',
  title: `Met at ${f.helpers.arrayElement(EVENTS)}`,
  body: `Chatted with ${w.contact} at our booth. Interested in ${f.helpers.arrayElement(FEATURES)}; no project yet.`,
});

const RAPPORT: Record<RapportKind, Array<(f: Faker) => string>> = {
  family: [
    (f) => `Has two kids; the eldest just started university in ${f.location.city()}.`,
    (f) => `Became a parent in ${f.date.month()}; back from parental leave, sleeping little.`,
    () => 'Partner is a nurse on night shifts; prefers calls before 10 am.',
    (f) =>
      `Daughter plays competitive ${f.helpers.arrayElement(['soccer', 'chess', 'volleyball', 'tennis'])}; weekends are tournaments.`,
  ],
  pet: [
    (f) => `Has a ${f.animal.dog()} called ${f.person.firstName()} who joins most video calls.`,
    () => 'Adopted a rescue cat last spring; happy to share photos.',
    (f) => `Keeps bees on the roof; gave us a jar of ${f.location.city()} honey.`,
  ],
  interest: [
    (f) => `Training for the ${f.location.city()} marathon this autumn.`,
    () => 'Big sourdough baker; swaps starter tips.',
    () => 'Plays bass in a jazz band on weekends.',
    () => 'Amateur astronomer; ask about the last eclipse trip.',
    (f) => `Huge ${f.helpers.arrayElement(['football', 'basketball', 'cricket', 'Formula 1'])} fan.`,
  ],
  milestone: [
    () => 'Celebrating 10 years at the company this year.',
    () => 'Just promoted to head of the department; congratulate them.',
    () => 'Finishing an executive MBA in June.',
    () => 'Moved into a new house last month.',
  ],
  travel: [
    () => 'Back from two weeks hiking in Patagonia.',
    (f) => `Spending August in ${f.location.city()}; out of office most of the month.`,
    () => 'Going to Japan in the spring and asked for ramen tips.',
  ],
  other: [
    () => 'Prefers email over calls; answers fast before 9 am.',
    () => 'Vegetarian: keep in mind for the customer dinner.',
    () => 'Not a fan of slide decks; prefers live demos.',
    () => 'Learning Spanish; likes to practise a few words.',
  ],
};

export const rapportText = (f: Faker, kind: RapportKind) => f.helpers.arrayElement(RAPPORT[kind])(f);

export const TITLES = {
  champion: [
    'Head of Operations',
    'Director of Customer Experience',
    'Revenue Operations Manager',
    'Head of Support',
  ],
  decision_maker: [
    'VP Operations',
    'VP Finance',
    'Director of IT',
    'Head of Procurement',
    'VP Customer Success',
  ],
  executive_sponsor: ['CEO', 'COO', 'CTO', 'Chief Customer Officer', 'Chief Revenue Officer'],
  user: ['Operations Analyst', 'Support Specialist', 'Account Coordinator', 'Data Analyst', 'Team Lead'],
} as const;

export const INDUSTRIES = [
  'Software',
  'Financial Services',
  'Healthcare',
  'Manufacturing',
  'Retail',
  'Logistics',
  'Education',
  'Media',
  'Energy',
  'Professional Services',
  'Telecommunications',
  'Hospitality',
];

/** What companies in each industry tend to call themselves after the founder's name. */
const NAME_SUFFIXES: Record<string, string[]> = {
  Software: ['Labs', 'Software', 'Systems', 'Cloud', 'Analytics'],
  'Financial Services': ['Capital', 'Financial', 'Partners', 'Bancorp', 'Insurance'],
  Healthcare: ['Health', 'Medical', 'Care', 'Clinics', 'Diagnostics'],
  Manufacturing: ['Industries', 'Manufacturing', 'Components', 'Works', 'Machinery'],
  Retail: ['Retail', 'Stores', 'Outfitters', 'Market', 'Brands'],
  Logistics: ['Logistics', 'Freight', 'Shipping', 'Transport', 'Supply'],
  Education: ['Learning', 'Academy', 'Education', 'Schools', 'Institute'],
  Media: ['Media', 'Studios', 'Publishing', 'Broadcasting', 'Digital'],
  Energy: ['Energy', 'Power', 'Renewables', 'Utilities', 'Solar'],
  'Professional Services': ['Consulting', 'Advisory', 'Group', 'Associates', '& Partners'],
  Telecommunications: ['Telecom', 'Networks', 'Communications', 'Mobile', 'Fiber'],
  Hospitality: ['Hotels', 'Hospitality', 'Resorts', 'Travel', 'Restaurants'],
};

/** "Kuhn Logistics", "Mraz & Grant Advisory": names a real book of business would have. */
export function companyName(f: Faker, industry: string): string {
  const suffix = f.helpers.arrayElement(NAME_SUFFIXES[industry] ?? ['Group']);
  const founder = f.person.lastName();
  return f.datatype.boolean(0.2) ? `${founder} & ${f.person.lastName()} ${suffix}` : `${founder} ${suffix}`;
}

import type { Faker } from '@faker-js/faker';
import type { ContactRole, RapportKind } from '@trustcircle/contracts';
import type { PlannedAccount, PlannedContact, PlannedFact } from './plan.ts';
import { rapportText, TITLES } from './texts.ts';
import { DAY, daysFrom, slug } from './util.ts';

const COUNT = [
  { value: 2, weight: 15 },
  { value: 3, weight: 30 },
  { value: 4, weight: 30 },
  { value: 5, weight: 15 },
  { value: 6, weight: 10 },
];
const OTHER_ROLES: Array<{ value: ContactRole | null; weight: number }> = [
  { value: 'user', weight: 45 },
  { value: 'decision_maker', weight: 15 },
  { value: 'executive_sponsor', weight: 12 },
  { value: 'champion', weight: 8 },
  { value: null, weight: 20 },
];
const KINDS: Array<{ value: RapportKind; weight: number }> = [
  { value: 'interest', weight: 25 },
  { value: 'family', weight: 20 },
  { value: 'pet', weight: 15 },
  { value: 'milestone', weight: 15 },
  { value: 'travel', weight: 15 },
  { value: 'other', weight: 10 },
];

/** 2–6 people per account; the first is the primary contact, a champion or a decision maker. */
export function planContacts(f: Faker, now: Date, account: Pick<PlannedAccount, 'domain' | 'createdAt'>) {
  const emails = new Set<string>();
  // What the team knows about one person is not also true of their colleague.
  const known = new Set<string>();
  return Array.from({ length: f.helpers.weightedArrayElement(COUNT) }, (_, i): PlannedContact => {
    const role: ContactRole | null =
      i === 0
        ? f.datatype.boolean(0.6)
          ? 'champion'
          : 'decision_maker'
        : f.helpers.weightedArrayElement(OTHER_ROLES);
    const firstName = f.person.firstName();
    const lastName = f.person.lastName();
    let email = `${slug(firstName)}.${slug(lastName)}@${account.domain}`;
    if (emails.has(email)) email = email.replace('@', `${i}@`);
    emails.add(email);
    return {
      firstName,
      lastName,
      email,
      phone: f.phone.number({ style: 'international' }),
      title: role ? f.helpers.arrayElement(TITLES[role]) : f.person.jobTitle(),
      role,
      isPrimary: i === 0,
      facts: f.datatype.boolean(0.4) ? planFacts(f, now, account.createdAt, known) : [],
    };
  });
}

/** What a good CSM remembers about a person; some private, some to bring up next time. */
function planFacts(f: Faker, now: Date, knownSince: Date, known: Set<string>): PlannedFact[] {
  const from = new Date(Math.max(knownSince.getTime() + DAY, now.getTime() - 180 * DAY));
  const kinds = f.helpers.arrayElements(
    KINDS.map((k) => k.value),
    f.datatype.boolean(0.3) ? 2 : 1,
  );
  return kinds.flatMap((kind) => {
    let text = rapportText(f, kind);
    for (let tries = 0; known.has(text) && tries < 8; tries++) text = rapportText(f, kind);
    if (known.has(text)) return [];
    known.add(text);
    return [
      {
        kind,
        text,
        mention: f.datatype.boolean(0.3),
        private: f.datatype.boolean(0.2),
        at: f.date.between({ from, to: daysFrom(now, -1) }),
      },
    ];
  });
}

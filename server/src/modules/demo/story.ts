import type { Faker } from '@faker-js/faker';
import type { PlannedAccount, PlannedEntry } from './plan.ts';
import {
  advocateEntries,
  checkInEntries,
  churnEntries,
  type EntryText,
  expansionEntry,
  onboardingEntries,
  overdueRenewalEntry,
  pickIssues,
  prospectEntries,
  qbrEntry,
  renewalEntry,
  riskEntry,
  strangerEntry,
  supportEntry,
  type Who,
} from './texts.ts';
import { DAY, daysFrom } from './util.ts';

type Account = Pick<
  PlannedAccount,
  | 'name'
  | 'createdAt'
  | 'initialStage'
  | 'steps'
  | 'contractStart'
  | 'renewalDate'
  | 'tags'
  | 'contacts'
  | 'renewals'
  | 'troughNow'
  | 'phases'
>;

/**
 * The last six months of an account as its CSM would have logged them: onboarding after a
 * purchase, QBRs, support follow-ups, renewal talks, risks, and the stage changes between.
 */
export function planTimeline(
  f: Faker,
  now: Date,
  a: Account,
  deal: { plan: string; seats: number },
): PlannedEntry[] {
  const windowStart = Math.max(now.getTime() - 180 * DAY, a.createdAt.getTime() + DAY);
  const end = Math.min(
    (a.steps.find((s) => s.stage === 'churned')?.at ?? now).getTime(),
    now.getTime() - 3_600_000,
  );
  const out: PlannedEntry[] = [];
  const add: Add = (make, at, withPrimary = false) => {
    if (at.getTime() < windowStart || at.getTime() > end) return;
    const n = a.contacts.length;
    const idx =
      n === 0 ? null : withPrimary || f.datatype.boolean(0.5) ? 0 : f.number.int({ min: 0, max: n - 1 });
    const c = idx === null ? undefined : a.contacts[idx];
    const who: Who = {
      company: a.name,
      champion: a.contacts[0]?.firstName ?? 'the champion',
      contact: c ? `${c.firstName} ${c.lastName}` : 'their admin',
      ...deal,
    };
    out.push({ ...make(who), at, contact: idx });
  };
  const someday = () => new Date(f.number.int({ min: windowStart, max: Math.max(windowStart, end) }));
  const stage = a.steps.at(-1)?.stage ?? a.initialStage;

  if (stage === 'stranger') {
    if (f.datatype.boolean(0.5)) add((w) => strangerEntry(f, w), someday());
  } else if (stage === 'prospect') {
    const from = a.steps[0]?.at ?? a.createdAt;
    for (const i of [0, 1, 2]) {
      add((w) => nth(prospectEntries(f, w), i), daysFrom(from, 2 + i * 9 + f.number.int({ min: 0, max: 4 })));
    }
  } else {
    customerStory(f, a, add, someday, now);
    const advocateSince = a.steps.find((s) => s.stage === 'advocate')?.at;
    if (advocateSince) {
      for (const i of [0, 1])
        add((w) => nth(advocateEntries(f, w), i), daysFrom(advocateSince, -3 + i * 12), true);
    }
    const churnAt = a.steps.find((s) => s.stage === 'churned')?.at;
    if (churnAt) {
      add((w) => nth(churnEntries(f, w), 0), daysFrom(churnAt, -f.number.int({ min: 25, max: 50 })));
      add((w) => nth(churnEntries(f, w), 1), daysFrom(churnAt, -2), true);
    }
  }
  return out.sort((x, y) => x.at.getTime() - y.at.getTime());
}

type Add = (make: (w: Who) => EntryText, at: Date, withPrimary?: boolean) => void;

function customerStory(f: Faker, a: Account, add: Add, someday: () => Date, now: Date) {
  const start = a.contractStart ? new Date(`${a.contractStart}T10:00:00Z`) : a.createdAt;
  for (const [i, day] of [3, 10, 21].entries()) {
    add((w) => nth(onboardingEntries(f, w), i), daysFrom(start, day), i !== 1);
  }
  for (let q = daysFrom(start, 90); q.getTime() < now.getTime(); q = daysFrom(q, 91)) {
    const when = q;
    add((w) => qbrEntry(f, w, when), when, true);
  }
  // Each ticket is about something else; the notes between meetings are written once for the
  // account, so none of them repeats.
  for (const issue of pickIssues(f, f.number.int({ min: 1, max: 3 })))
    add((w) => supportEntry(f, w, issue), someday());
  const notes = f.number.int({ min: 1, max: 2 });
  let written: EntryText[] | null = null;
  const noteFor = (w: Who, i: number) => {
    written = written ?? checkInEntries(f, w, notes);
    return nth(written, i);
  };
  for (let i = 0; i < notes; i++) add((w) => noteFor(w, i), someday(), true);
  const renewal = a.renewalDate;
  if (renewal && a.steps.at(-1)?.stage !== 'churned') {
    const days = (Date.parse(renewal) - now.getTime()) / DAY;
    if (days < 0) {
      add(
        (w) => renewalEntry(f, w, renewal),
        daysFrom(new Date(`${renewal}T10:00:00Z`), -f.number.int({ min: 20, max: 40 })),
        true,
      );
      add((w) => overdueRenewalEntry(f, w, renewal), daysFrom(now, -f.number.int({ min: 1, max: 2 })));
    } else if (days < 90)
      add((w) => renewalEntry(f, w, renewal), daysFrom(now, -f.number.int({ min: 2, max: 20 })), true);
  }
  // Each renewal signed in the last months was talked about a few weeks before.
  for (const r of a.renewals) {
    add((w) => renewalEntry(f, w, r.due), daysFrom(r.at, -f.number.int({ min: 12, max: 30 })), true);
  }
  const trough = a.phases.at(-1)?.phase === 'trough' ? a.phases.at(-1) : undefined;
  if (trough && a.troughNow) add(() => riskEntry(f, a.troughNow), daysFrom(trough.at, 0.05));
  else if (a.tags.includes('at-risk'))
    add(() => riskEntry(f), daysFrom(now, -f.number.int({ min: 3, max: 30 })));
  if (a.tags.includes('expansion')) {
    add((w) => expansionEntry(f, w), daysFrom(now, -f.number.int({ min: 5, max: 40 })));
  }
}

function nth(entries: EntryText[], i: number): EntryText {
  const e = entries[i];
  if (!e) throw new Error(`no entry ${i}`);
  return e;
}

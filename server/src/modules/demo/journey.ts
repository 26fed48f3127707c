import type { Faker } from '@faker-js/faker';
import { addMonthsToDay, type Phase } from '@trustcircle/contracts';
import { addDay, DAY, dayAt } from './util.ts';

/**
 * A paying customer's way through the journey phases, pure and deterministic: onboarding, then
 * adoption, value once their success criteria are met, a trough now and then (and back out),
 * the renewal phase from 90 days before each renewal date (moved by the renewal rule, as the
 * hourly sweep would have), and each renewal signed on its own day, with the ARR it changed to.
 * What it gives is applied through the product's verbs at the moment each thing happened, so the
 * funnel's stays are months and weeks, not "0 d".
 */

/** A phase move and who made it: the CSM, the renewal rule, or a signed renewal (recordRenewal's own move). */
export type PhaseStep = { at: Date; phase: Phase; reason: string; by: 'csm' | 'rule' | 'renewal' };
/** A renewal signed at `at` for the renewal date `due`, with the ARR it changed to. */
export type PlannedRenewal = { at: Date; due: string; arr: number; note: string };
export type TroughTrigger = 'fading_interest' | 'technical_issue' | 'outage' | 'unmet_expectation';
export type Journey = {
  phases: PhaseStep[];
  renewals: PlannedRenewal[];
  /** the ARR the account had when it was won */
  firstArr: number;
  /** why the account is in the trough today, if it is */
  troughNow: TroughEpisode | null;
};

export type JourneyInput = {
  won: Date;
  /** every renewal date of the account, the first one year after it was won; the last is the current one */
  renewalDates: string[];
  /** ARR today (for a churned account, before it left) */
  arr: number;
  /** the account left `customer` here (it became an advocate or churned): no phase moves after */
  leftAt: Date | null;
  churned: boolean;
  /** whether the account is in the trough today */
  inTroughNow: boolean;
};

/** The renewal rule's window, as the default rules set it. */
export const RENEWAL_WINDOW_DAYS = 90;

const ADOPTED = [
  'Onboarding plan completed; the team uses it weekly',
  'Went live with the first two teams; SSO and the data import are done',
  'Go-live done: admins trained, first dashboards in use',
  'Trial zone over: the pilot team moved onto it for good',
];
const VALUED = [
  'Reached their success criteria: renewals in one place and a weekly health review',
  'First business result: ticket handling time down 18% this quarter',
  'The executive sponsor quoted our reports in their board pack',
  'Rolled out to every region; the success criteria from the hand-off are met',
];
/**
 * A trough as a CSM lives it: why the account fell in (the phase move's reason), the risk note
 * written that day, and how it got out again. Each is used once per account.
 */
export type TroughEpisode = {
  trigger: TroughTrigger;
  reason: string;
  risk: string;
  note: string;
  recovered: string;
};
const TROUGHS: TroughEpisode[] = [
  {
    trigger: 'fading_interest',
    reason: 'Fading interest: weekly active people down 40% against their own baseline',
    risk: 'usage dropped',
    note: 'Weekly active people down 40% over six weeks, mostly in the support team.',
    recovered: 'Recovered: usage back at their baseline after the admin workshop',
  },
  {
    trigger: 'fading_interest',
    reason: 'Fading interest: logins halved since their champion moved teams',
    risk: 'champion moved teams',
    note: 'Our champion moved to another team; the new ops lead has not logged in yet.',
    recovered: 'Recovered: the new champion is onboarded and using it daily',
  },
  {
    trigger: 'technical_issue',
    reason: 'First technical issue: SSO login loops kept the support team out for two days',
    risk: 'first P1 ticket',
    note: 'Their first P1: SSO login loops kept the support team out for two days.',
    recovered: 'Recovered: the SSO fix shipped and the champion confirmed it works',
  },
  {
    trigger: 'technical_issue',
    reason: 'Technical issue: the CRM sync duplicated their contacts',
    risk: 'duplicate contacts',
    note: 'The CRM sync duplicated a few thousand contacts; their admins are cleaning up by hand.',
    recovered: 'Recovered: duplicates merged by our team and the sync fixed',
  },
  {
    trigger: 'outage',
    reason: 'Hit by the outage: their month-end close slipped by a day',
    risk: 'outage impact',
    note: 'The outage hit their month-end close; trust is shaken.',
    recovered: 'Recovered: the incident review and a service credit went down well',
  },
  {
    trigger: 'outage',
    reason: 'Hit by the outage: dashboards were down during their board meeting',
    risk: 'outage in a board meeting',
    note: 'Dashboards were down while their COO presented to the board.',
    recovered: 'Recovered: an executive call and a status page subscription; back on track',
  },
  {
    trigger: 'unmet_expectation',
    reason: 'Unmet expectation: the two-way Salesforce sync promised in the sale is not there yet',
    risk: 'unmet expectation',
    note: 'They expected the Salesforce sync to be two-way; it is not (yet).',
    recovered: 'Recovered: the two-way sync is on the roadmap with a date they accepted',
  },
  {
    trigger: 'unmet_expectation',
    reason: 'Unmet expectation: the custom roles they were promised are a quarter late',
    risk: 'promise late',
    note: 'The custom roles promised before the sale are a quarter late.',
    recovered: 'Recovered: custom roles shipped; the regional managers use them',
  },
];
const RENEWED_FLAT = [
  'Renewed on the same terms for another year.',
  'Renewed as is; they asked to see the roadmap for reporting.',
  'Renewed without a discussion on price; procurement signed within a week.',
];
const RENEWED_UP = [
  'Renewed with more seats for the support team.',
  'Renewed with the analytics add-on.',
  'Renewed with a 5% price increase, accepted without pushback.',
  'Renewed and added the EMEA team.',
];
const RENEWED_DOWN = [
  'Renewed with fewer seats after their reorg.',
  'Renewed for one team only while they consolidate tools.',
];

export function planJourney(f: Faker, now: Date, input: JourneyInput): Journey {
  const phases: PhaseStep[] = [];
  // Nothing moves in the last day: an account is in its phase a day or more by the time anyone looks.
  const end = Math.min(input.leftAt?.getTime() ?? Number.POSITIVE_INFINITY, now.getTime() - DAY);
  let cursor = input.won.getTime();
  let current = 'onboarding' as Phase;
  /** Where the account settles between troughs and renewals. */
  let settled: 'adoption' | 'value' = 'adoption';
  // …except the renewal rule's move, which the hourly sweep makes the day the window opens.
  const ruleEnd = Math.min(input.leftAt?.getTime() ?? Number.POSITIVE_INFINITY, now.getTime());
  const move = (at: number, phase: Phase, reason: string, by: PhaseStep['by'] = 'csm') => {
    if (at <= cursor || at >= (by === 'rule' ? ruleEnd : end) || phase === current) return false;
    phases.push({ at: new Date(at), phase, reason, by });
    cursor = at;
    current = phase;
    return true;
  };
  const days = (n: number) => n * DAY;

  const adoptedAt = cursor + days(f.number.int({ min: 35, max: 58 })) + days(0.2);
  move(adoptedAt, 'adoption', f.helpers.arrayElement(ADOPTED));
  const valueAt = f.datatype.boolean(0.75)
    ? adoptedAt + days(f.number.int({ min: 70, max: 220 })) + days(0.1)
    : Number.POSITIVE_INFINITY;
  // Value is reached from adoption, never from inside a renewal window the rule opened.
  const reachValue = (before: number) => {
    if (current === 'renewal' || settled !== 'adoption' || valueAt >= before) return;
    if (move(valueAt, 'value', f.helpers.arrayElement(VALUED))) settled = 'value';
  };
  const episodes = new Set<TroughEpisode>();
  /** A trough between `from` and `to`, left again after a few weeks unless `stays`. */
  const trough = (from: number, until: number, stays = false) => {
    // A trough that is over ends before today: one still going is today's, decided below.
    const to = stays ? until : Math.min(until, end - days(1));
    if (to - from < days(stays ? 5 : 50)) return null;
    const at = f.number.int({ min: from, max: stays ? to : to - days(45) });
    const episode = pickEpisode(f, episodes);
    if (!episode || !move(at, 'trough', episode.reason)) return null;
    if (!stays) move(at + days(f.number.int({ min: 14, max: 45 })), settled, episode.recovered);
    return episode;
  };

  const renewals: PlannedRenewal[] = [];
  const multipliers = input.renewalDates.slice(0, -1).map(() => renewalMultiplier(f));
  let arr = roundArr(input.arr / multipliers.reduce((p, m) => p * m, 1));
  const firstArr = arr;
  for (const [k, renewalDate] of input.renewalDates.entries()) {
    const last = k === input.renewalDates.length - 1;
    // The sweep moves it as the day the window opens begins (in UTC, the demo's time zone).
    const opens = dayAt(addDay(renewalDate, -RENEWAL_WINDOW_DAYS), 0).getTime();
    reachValue(opens);
    if (last && input.churned && f.datatype.boolean(0.6)) trough(cursor + days(20), opens - days(20), true);
    else if (f.datatype.boolean(0.3)) trough(cursor + days(20), opens - days(25));
    move(opens, 'renewal', 'renewal rule', 'rule');
    if (last) break;
    // Signed in the last weeks before the date, now and then a little after it.
    const signedDay = addDay(renewalDate, f.number.int({ min: -25, max: 8 }));
    const signed = Math.min(
      Math.max(dayAt(signedDay, 14).getTime(), opens + days(20)),
      now.getTime() - days(2),
    );
    const multiplier = multipliers[k] ?? 1;
    arr = k === input.renewalDates.length - 2 ? input.arr : roundArr(arr * multiplier);
    renewals.push({
      at: new Date(signed),
      due: renewalDate,
      arr,
      note: renewalNote(f, multiplier, renewals),
    });
    // A signed renewal takes a customer out of the renewal phase, to value (recordRenewal does it).
    if (current === 'renewal' && move(signed, 'value', 'renewed', 'renewal')) settled = 'value';
  }
  reachValue(end);
  let troughNow: TroughEpisode | null = null;
  if (input.inTroughNow && !input.leftAt && (current === 'adoption' || current === 'value')) {
    troughNow = trough(Math.max(cursor + days(10), now.getTime() - days(40)), now.getTime() - days(5), true);
  }
  return { phases, renewals, firstArr, troughNow };
}

/** The phase an account is in at `at`, from its journey (onboarding until the first move). */
export function phaseAt(phases: PhaseStep[], at: Date): Phase {
  let phase: Phase = 'onboarding';
  for (const p of phases) if (p.at.getTime() <= at.getTime()) phase = p.phase;
  return phase;
}

const TRIGGER_WEIGHTS: Array<{ value: TroughTrigger; weight: number }> = [
  { value: 'fading_interest', weight: 4 },
  { value: 'technical_issue', weight: 3 },
  { value: 'outage', weight: 1 },
  { value: 'unmet_expectation', weight: 2 },
];

/** A trough the account has not been through yet: by how common its cause is, never twice. */
function pickEpisode(f: Faker, used: Set<TroughEpisode>): TroughEpisode | null {
  const open = TROUGHS.filter((e) => !used.has(e));
  if (open.length === 0) return null;
  const trigger = f.helpers.weightedArrayElement(
    TRIGGER_WEIGHTS.filter((t) => open.some((e) => e.trigger === t.value)),
  );
  const episode = f.helpers.arrayElement(open.filter((e) => e.trigger === trigger));
  used.add(episode);
  return episode;
}

function renewalMultiplier(f: Faker): number {
  const r = f.number.float();
  if (r < 0.5) return 1;
  if (r < 0.85) return 1 + f.number.int({ min: 5, max: 20 }) / 100;
  return 1 - f.number.int({ min: 5, max: 15 }) / 100;
}

/** What the CSM noted on a renewal: a different note each year for the same account. */
function renewalNote(f: Faker, multiplier: number, before: PlannedRenewal[]): string {
  const notes = multiplier > 1 ? RENEWED_UP : multiplier < 1 ? RENEWED_DOWN : RENEWED_FLAT;
  const fresh = notes.filter((n) => !before.some((r) => r.note === n));
  return f.helpers.arrayElement(fresh.length ? fresh : notes);
}

const roundArr = (n: number) => Math.max(500, Math.round(n / 500) * 500);

/** Every renewal date of a term-by-term contract: one year after the start, then every year. */
export function renewalDatesFrom(start: string, years: number): string[] {
  return Array.from({ length: years }, (_, k) => addMonthsToDay(start, 12 * (k + 1)));
}

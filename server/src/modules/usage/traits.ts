import { Domain, TIERS, type Tier } from '@trustcircle/contracts';
import type { Traits } from './normalize.ts';

/**
 * Pure mapping from Segment traits to our account and contact fields. A trait we cannot
 * use (a malformed domain, a negative MRR) is left out rather than failing the event.
 * Trait names follow Segment's reserved traits: https://segment.com/docs/connections/spec/group/
 */

const text = (v: unknown, max = 200): string | null =>
  typeof v === 'string' && v.trim() !== '' ? v.trim().slice(0, max) : null;

const money = (v: unknown): number | null => {
  const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : v;
  return typeof n === 'number' && Number.isFinite(n) && n >= 0 && n <= 1e12 ? n : null;
};

export type AccountTraits = {
  name: string | null;
  domain: string | null;
  tier: Tier | null;
  mrr: number | null;
  arr: number | null;
  plan: string | null;
};

export function accountTraits(t: Traits): AccountTraits {
  const plan = text(t.plan, 100);
  const tierGuess = (text(t.tier, 50) ?? plan)?.toLowerCase() ?? null;
  const parsedDomain = Domain.safeParse(text(t.domain) ?? text(t.website) ?? '');
  return {
    name: text(t.name),
    domain: parsedDomain.success ? parsedDomain.data : null,
    tier: TIERS.find((x) => x === tierGuess) ?? null,
    mrr: money(t.mrr) ?? money(t.monthly_spend),
    arr: money(t.arr),
    plan,
  };
}

export type PersonTraits = {
  email: string | null;
  firstName: string | null;
  lastName: string | null;
  title: string | null;
};

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function personTraits(t: Traits): PersonTraits {
  const emailText = text(t.email, 254)?.toLowerCase() ?? null;
  const email = emailText && EMAIL.test(emailText) ? emailText : null;
  let firstName = text(t.firstName ?? t.first_name, 100);
  let lastName = text(t.lastName ?? t.last_name, 100);
  const full = text(t.name, 200);
  if (!firstName && full) {
    const [first, ...rest] = full.split(/\s+/);
    firstName = first ?? null;
    lastName = lastName ?? (rest.join(' ') || null);
  }
  return { email, firstName, lastName, title: text(t.title, 150) };
}

/** What a person is called in lists: their name, else their email, else null. */
export const displayName = (p: PersonTraits): string | null =>
  [p.firstName, p.lastName].filter(Boolean).join(' ') || p.email;

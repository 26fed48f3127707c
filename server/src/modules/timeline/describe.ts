import { CHECKIN_TIMELINE_EVENTS, describeCheckinEvent } from './describeCheckin.ts';
import { describePlanEvent, PLAN_TIMELINE_EVENTS } from './describePlan.ts';
import { describePromiseEvent, PROMISE_TIMELINE_EVENTS } from './describePromise.ts';
import { describeRenewalEvent, RENEWAL_TIMELINE_EVENTS } from './describeRenewal.ts';

/**
 * How a domain event reads on an account's timeline. Pure: the same event always reads the
 * same way. Returns null for events the timeline does not show.
 */
export type SystemEntry = { accountId: string; title: string; body: string; contactId: string | null };

type Payload = { subject?: { type?: string; id?: string | null }; data?: Record<string, unknown> };

const STAGE_LABEL: Record<string, string> = {
  stranger: 'Stranger',
  prospect: 'Prospect',
  customer: 'Customer',
  advocate: 'Advocate',
  churned: 'Churned',
  onboarding: 'Onboarding',
  adoption: 'Adoption',
  trough: 'Trough of disillusionment',
  value: 'Value',
  renewal: 'Renewal',
};

const label = (stage: unknown) =>
  stage === null || stage === undefined ? '—' : (STAGE_LABEL[String(stage)] ?? String(stage));
const number = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const str = (v: unknown) =>
  v === null || v === undefined || v === '' ? '—' : typeof v === 'number' ? number.format(v) : String(v);

const FIELD_LABEL: Record<string, string> = {
  owner: 'Owner',
  tier: 'Tier',
  arr: 'ARR',
  renewalDate: 'Renewal date',
  contractStart: 'Contract start',
  name: 'Name',
  domain: 'Domain',
};

export function describeEvent(type: string, payload: Payload): SystemEntry | null {
  const data = payload.data ?? {};
  const subjectId = payload.subject?.id ?? null;
  const promise = describePromiseEvent(type, subjectId, data);
  if (promise !== undefined) return promise;
  const plan = describePlanEvent(type, data);
  if (plan !== undefined) return plan;
  const checkin = describeCheckinEvent(type, data);
  if (checkin !== undefined) return checkin;
  const renewal = describeRenewalEvent(type, subjectId, data);
  if (renewal !== undefined) return renewal;
  switch (type) {
    case 'account.created': {
      if (!subjectId) return null;
      const via =
        data.source === 'import'
          ? ` by import${data.file ? ` from ${String(data.file)}` : ''}`
          : data.source === 'events'
            ? ` from product events (source ${String(data.sourceName ?? '')})`
            : '';
      return {
        accountId: subjectId,
        title: 'Account created',
        body: `Added as ${label(data.stage)}${via}.`,
        contactId: null,
      };
    }
    case 'account.stage_changed': {
      if (!subjectId) return null;
      const phaseOnly = data.from === data.to;
      const where = (stage: unknown, phase: unknown) =>
        phase ? `${label(stage)} · ${label(phase)}` : label(stage);
      const reason = typeof data.reason === 'string' && data.reason ? `\nWhy: ${data.reason}` : '';
      return {
        accountId: subjectId,
        title: phaseOnly
          ? `Phase: ${label(data.fromPhase)} → ${label(data.toPhase)}`
          : `Stage: ${label(data.from)} → ${label(data.to)}`,
        body: `Moved from ${where(data.from, data.fromPhase)} to ${where(data.to, data.toPhase)} on the Trust Circle.${reason}`,
        contactId: null,
      };
    }
    case 'account.updated': {
      // A renewal moves the renewal date (and ARR); its own entry tells it.
      if (!subjectId || data.source === 'renewal') return null;
      const before = (data.before ?? {}) as Record<string, unknown>;
      const after = (data.after ?? {}) as Record<string, unknown>;
      const lines = ((data.changed as string[] | undefined) ?? [])
        .filter((f) => FIELD_LABEL[f])
        .map((f) => `${FIELD_LABEL[f]}: ${str(before[f])} → ${str(after[f])}`);
      if (lines.length === 0) return null;
      return {
        accountId: subjectId,
        title: 'Account details changed',
        body: lines.join('\n'),
        contactId: null,
      };
    }
    case 'contact.created':
      if (!data.accountId || !subjectId) return null;
      return {
        accountId: String(data.accountId),
        title: 'Contact added',
        body: `${str(data.name)} was added${data.role ? ` as ${String(data.role).replace(/_/g, ' ')}` : ''}.`,
        contactId: subjectId,
      };
    default:
      return null;
  }
}

export const TIMELINE_EVENTS = [
  ...PROMISE_TIMELINE_EVENTS,
  ...PLAN_TIMELINE_EVENTS,
  ...CHECKIN_TIMELINE_EVENTS,
  ...RENEWAL_TIMELINE_EVENTS,
  'account.created',
  'account.stage_changed',
  'account.updated',
  'contact.created',
];

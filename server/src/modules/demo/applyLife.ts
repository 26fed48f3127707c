import type { Phase, Stage } from '@trustcircle/contracts';
import type { Actor, Ctx } from '../../platform/context.ts';
import { formatDay } from '../../platform/dates.ts';
import { updateAccount } from '../accounts/index.ts';
import { changeStage, recordStageChange } from '../lifecycle/index.ts';
import { recordRenewal } from '../renewals/index.ts';
import type { Cast } from './apply.ts';
import { RENEWAL_WINDOW_DAYS } from './journey.ts';
import type { PlannedAccount } from './plan.ts';
import { isoDate } from './util.ts';

const STEP_REASON: Record<Stage, string> = {
  stranger: 'Went quiet',
  prospect: 'Booked a demo after the webinar',
  customer: 'Signed the contract; handed over from sales',
  advocate: 'Agreed to be a reference customer',
  churned: 'Did not renew',
};

type Happening =
  | { at: Date; kind: 'stage'; stage: Stage; arr?: number | undefined }
  | { at: Date; kind: 'phase'; phase: Phase; reason: string; by: 'csm' | 'rule' | 'renewal' }
  | { at: Date; kind: 'renewal'; arr: number; note: string };

const RULE_ACTOR: Actor = { type: 'system', reason: 'lifecycle rules' };

/**
 * The account's life after it was created, in the order it happened: stage changes, phase
 * moves (the renewal phase by the renewal rule, named as the rule would name itself), and
 * renewals, each at its own moment. Runs inside the caller's transaction.
 */
export async function applyLife(
  at: (d: Date, actor?: Actor) => Ctx,
  a: PlannedAccount,
  account: { id: string; name: string },
  cast: Cast,
) {
  const happenings: Happening[] = [
    ...a.steps.map((s) => ({ at: s.at, kind: 'stage' as const, stage: s.stage, arr: s.arr })),
    ...a.phases.map((p) => ({ kind: 'phase' as const, ...p })),
    ...a.renewals.map((r) => ({ kind: 'renewal' as const, ...r })),
  ].sort((x, y) => x.at.getTime() - y.at.getTime());
  let position: { stage: Stage; phase: Phase | null } = { stage: a.initialStage, phase: null };
  let renewalDate = a.firstRenewalDate;
  for (const h of happenings) {
    if (h.kind === 'stage') {
      await changeStage({
        ctx: at(h.at),
        accountId: account.id,
        input: { stage: h.stage, reason: STEP_REASON[h.stage] },
      });
      position = { stage: h.stage, phase: h.stage === 'customer' ? 'onboarding' : null };
      if (h.arr !== undefined)
        await updateAccount({ ctx: at(h.at), accountId: account.id, input: { arr: h.arr } });
    } else if (h.kind === 'phase') {
      // A signed renewal made this move itself (recordRenewal), a moment before.
      if (h.by === 'renewal' || position.stage !== 'customer' || position.phase === h.phase) continue;
      const to = { stage: 'customer' as const, phase: h.phase };
      if (h.by === 'rule' && cast.renewalRule && renewalDate) {
        const rule = cast.renewalRule;
        await recordStageChange(at(h.at, RULE_ACTOR), {
          accountId: account.id,
          name: account.name,
          from: position,
          to,
          reason: `Rule: ${rule.name}`,
          origin: {
            source: 'rule',
            ruleId: rule.id,
            ruleName: rule.name,
            why: `renewal on ${formatDay(renewalDate)}, ${RENEWAL_WINDOW_DAYS} days away`,
          },
        });
      } else {
        await changeStage({
          ctx: at(h.at),
          accountId: account.id,
          input: { ...to, reason: h.by === 'rule' ? 'The renewal is 90 days away' : h.reason },
        });
      }
      position = to;
    } else {
      const renewed = await recordRenewal({
        ctx: at(h.at),
        accountId: account.id,
        input: { renewedOn: isoDate(h.at), termMonths: 12, arr: h.arr, note: h.note },
      });
      renewalDate = renewed.nextRenewalDate;
      if (position.stage === 'customer' && position.phase === 'renewal')
        position = { stage: 'customer', phase: 'value' };
    }
  }
}

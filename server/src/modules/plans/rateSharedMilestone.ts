import { OptionalText } from '@trustcircle/contracts';
import { z } from 'zod';
import { recordChange } from '../../platform/audit/record.ts';
import type { Ctx } from '../../platform/context.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { conflict, notFound } from '../../platform/errors.ts';
import { parseInput } from '../../platform/validation.ts';
import { type OpenLink, recordShareActivity } from '../shareLinks/index.ts';
import { milestonesOf, rateMilestone } from './repository.ts';
import { sharedPlanOf } from './sharedScope.ts';

export const MilestoneRating = z.object({
  rating: z.coerce.number().int().min(1, 'pick a number from 1 to 5').max(5, 'pick a number from 1 to 5'),
  comment: OptionalText(2000),
});

/** The customer rates a completed milestone, 1–5 with an optional comment; a new rating replaces the old. */
export async function rateSharedMilestone(ctx: Ctx, link: OpenLink, milestoneId: string, input: unknown) {
  const data = parseInput(MilestoneRating, input);
  return inTransaction(ctx, async (tx) => {
    const { plan, contactId } = await sharedPlanOf(tx);
    const milestone = (await milestonesOf(tx.db, tx.workspace.id, plan.id)).find((m) => m.id === milestoneId);
    if (!milestone) throw notFound('Milestone');
    if (!milestone.completed_at) throw conflict('A milestone can be rated once it is complete');
    await rateMilestone(tx.db, tx.workspace.id, milestoneId, {
      rating: data.rating,
      rating_comment: data.comment,
      rated_at: tx.clock.now().toISOString(),
      rated_by_contact_id: contactId,
    });
    await recordChange(tx, {
      action: 'plan_milestone.rated',
      subject: { type: 'plan_milestone', id: milestoneId },
      data: { planId: plan.id, accountId: plan.account_id, title: milestone.title, rating: data.rating },
    });
    await recordShareActivity(tx, link, 'milestone_rated', `${milestone.title}: ${data.rating}/5`);
  });
}

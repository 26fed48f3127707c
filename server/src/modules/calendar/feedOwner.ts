import { actingUserId, type Ctx } from '../../platform/context.ts';
import { DomainError } from '../../platform/errors.ts';

/** A calendar feed belongs to a person: an API key has none. */
export function feedOwner(ctx: Ctx): string {
  const userId = actingUserId(ctx.actor);
  if (!userId) throw new DomainError('FORBIDDEN', 'A calendar feed belongs to a signed-in user');
  return userId;
}

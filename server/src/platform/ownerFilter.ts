import { type Actor, actingUserId } from './context.ts';
import { fieldError } from './errors.ts';

/** `ownerId=me` in a list query means the signed-in user; an API key has no "me". */
export function resolveOwnerFilter(actor: Actor, ownerId: string | undefined): string | undefined {
  if (ownerId !== 'me') return ownerId;
  const me = actingUserId(actor);
  if (!me) throw fieldError('ownerId', '"me" needs a signed-in user; give a member id');
  return me;
}

import type { Day } from '../../platform/dates.ts';

export type LinkState = { revoked_at: string | null; expires_on: string | null };

/**
 * Whether a link still opens. `expires_on` is the last day it works, in the workspace's time
 * zone, so "expires on the 30th" means a customer in that zone can use it all day on the 30th.
 */
export function linkStatus(link: LinkState, today: Day): 'active' | 'expired' | 'revoked' {
  if (link.revoked_at) return 'revoked';
  if (link.expires_on && link.expires_on < today) return 'expired';
  return 'active';
}

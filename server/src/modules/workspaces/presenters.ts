import type { Workspace } from '@trustcircle/contracts';
import type { WorkspaceRow } from './repository.ts';

export const presentWorkspace = (w: WorkspaceRow): Workspace => ({
  id: w.id,
  name: w.name,
  currency: w.currency,
  timezone: w.timezone,
  usageRetentionDays: w.usageRetentionDays,
  logo: w.logo,
  createdAt: w.createdAt,
});

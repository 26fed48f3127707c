import type { ApiKey } from '@trustcircle/contracts';
import type { ApiKeyRow } from './repository.ts';

export const presentApiKey = (r: ApiKeyRow): ApiKey => ({
  id: r.id,
  name: r.name,
  prefix: r.prefix,
  scope: r.scope,
  createdBy: r.creator_id ? { id: r.creator_id, name: r.creator_name ?? '' } : null,
  createdAt: r.created_at,
  lastUsedAt: r.last_used_at,
  revokedAt: r.revoked_at,
});

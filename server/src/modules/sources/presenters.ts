import type { Source } from '@trustcircle/contracts';
import type { SourceRow } from './repository.ts';

export const presentSource = (r: SourceRow): Source => ({
  id: r.id,
  name: r.name,
  writeKey: r.write_key,
  createdAt: r.created_at,
  lastUsedAt: r.last_used_at,
  revokedAt: r.revoked_at,
});

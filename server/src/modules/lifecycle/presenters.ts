import type { Phase, Stage, StageChange } from '@trustcircle/contracts';
import type { StageChangeRow } from './repository.ts';

export const presentStageChange = (r: StageChangeRow): StageChange => ({
  id: r.id,
  accountId: r.account_id,
  fromStage: r.from_stage as Stage | null,
  toStage: r.to_stage as Stage,
  fromPhase: r.from_phase as Phase | null,
  toPhase: r.to_phase as Phase | null,
  reason: r.reason,
  by: { type: r.actor_type, id: r.actor_id, name: r.by_name },
  changedAt: r.changed_at,
});

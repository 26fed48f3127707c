import type { CheckinCadenceDefaults } from '@trustcircle/contracts';
import type { Ctx } from '../../platform/context.ts';
import { findWorkspace } from '../workspaces/index.ts';
import { cadenceDefaults } from './cadence.ts';

/** The key of the workspace settings that holds the default cadence per tier. */
export const CADENCE_SETTING = 'checkinCadence';

export async function readCadenceDefaults(
  ctx: Pick<Ctx, 'db' | 'workspace'>,
): Promise<CheckinCadenceDefaults> {
  const workspace = await findWorkspace(ctx.db, ctx.workspace.id);
  return cadenceDefaults(workspace?.settings[CADENCE_SETTING]);
}

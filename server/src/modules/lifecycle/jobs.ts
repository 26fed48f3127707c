import type { JobRegistry } from '../../platform/jobs/registry.ts';
import { systemCtx } from '../../platform/jobs/systemCtx.ts';
import { applyRules } from './applyRules.ts';
import { workspacesWithEnabledRules } from './rulesRepository.ts';

/**
 * Once an hour, every workspace's enabled rules run. Days count in each workspace's own time
 * zone, so an hourly sweep moves accounts within the hour their day turns. One workspace's
 * failure is logged and does not hold back the others; the job then fails to be retried.
 */
export function registerLifecycleJobs(registry: JobRegistry) {
  registry.every('lifecycle-rules', 60 * 60_000, {
    run: async (jctx) => {
      const failed: string[] = [];
      for (const workspace of await workspacesWithEnabledRules(jctx.db)) {
        try {
          await applyRules({ ctx: systemCtx(jctx, workspace, 'lifecycle rules') });
        } catch (err) {
          jctx.log.error({ err, workspaceId: workspace.id }, 'lifecycle rules failed');
          failed.push(workspace.id);
        }
      }
      if (failed.length) throw new Error(`lifecycle rules failed in ${failed.length} workspace(s)`);
    },
  });
}

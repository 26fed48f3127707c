import type { Ctx } from '../../platform/context.ts';

/** Placeholder until the demo generator lands. */
export async function loadDemoData({ ctx }: { ctx: Ctx }) {
  ctx.log.info('demo data requested');
  return { accounts: 0 };
}

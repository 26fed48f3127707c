import type { Ctx } from '../context.ts';

/**
 * Runs fn in one transaction. A verb called from inside another verb's transaction (demo
 * data, imports) joins it instead of opening a second one.
 */
export async function inTransaction<C extends Pick<Ctx, 'db'>, T>(
  ctx: C,
  fn: (tx: C) => Promise<T>,
): Promise<T> {
  if (ctx.db.isTransaction) return fn(ctx);
  return ctx.db.transaction().execute((trx) => fn({ ...ctx, db: trx }));
}

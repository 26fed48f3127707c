import { Text } from '@trustcircle/contracts';
import { z } from 'zod';
import type { BaseCtx } from '../../platform/context.ts';
import { newId } from '../../platform/ids.ts';
import { parseInput } from '../../platform/validation.ts';
import { presentWorkspace } from './presenters.ts';
import { insertWorkspace } from './repository.ts';

/** Raw product events are kept a little over a year, so year-on-year questions can still be asked. */
export const DEFAULT_RETENTION_DAYS = 400;

const Input = z.object({
  name: Text(100),
  currency: z.string().length(3).default('USD'),
  timezone: z.string().default('UTC'),
});

/**
 * Creates an empty workspace. Used by first-run setup and the CLI, both of which act before any
 * workspace exists; the caller records the audit row once the first member is known.
 */
export async function createWorkspace({ ctx, input }: { ctx: BaseCtx; input: z.input<typeof Input> }) {
  const data = parseInput(Input, input);
  const now = ctx.clock.now().toISOString();
  const row = {
    id: newId(),
    name: data.name,
    currency: data.currency.toUpperCase(),
    timezone: data.timezone,
    usageRetentionDays: DEFAULT_RETENTION_DAYS,
    logo: null,
    settings: {},
    createdAt: now,
    updatedAt: now,
  };
  await insertWorkspace(ctx.db, row);
  return presentWorkspace(row);
}

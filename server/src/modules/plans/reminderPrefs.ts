import { z } from 'zod';
import { recordChange } from '../../platform/audit/record.ts';
import { readSigned } from '../../platform/auth/signed.ts';
import type { BaseCtx, Ctx } from '../../platform/context.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { parseInput } from '../../platform/validation.ts';
import { reminderPrefs, saveReminderFrequency } from './reminderRepository.ts';

const FrequencyInput = z.object({ frequency: z.enum(['daily', 'weekly', 'none']) });

/** Puts back the dashes a compact id in a link left out. */
const uuid = (hex: string) =>
  /^[0-9a-f]{32}$/.test(hex)
    ? `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
    : '';

/** The person behind an email-preferences link, or null for a forged or stale one. */
async function prefsOf(base: BaseCtx, secret: string, token: string) {
  const value = readSigned(secret, token);
  const [workspaceId, contactId] = (value?.split('~') ?? []).map(uuid);
  if (!workspaceId || !contactId) return null;
  const row = await reminderPrefs(base.db, workspaceId, contactId);
  return row ? { ...row, workspaceId, frequency: row.frequency ?? 'daily' } : null;
}

/** What a customer's email-preferences page shows. */
export async function getReminderPrefs(base: BaseCtx, secret: string, token: string) {
  const p = await prefsOf(base, secret, token);
  return (
    p && { firstName: p.first_name, vendor: { name: p.workspace_name, logo: p.logo }, frequency: p.frequency }
  );
}

/** A customer chooses daily reminders, a weekly digest, or none. */
export async function setReminderFrequency(base: BaseCtx, secret: string, token: string, input: unknown) {
  const p = await prefsOf(base, secret, token);
  if (!p) return null;
  const { frequency } = parseInput(FrequencyInput, input);
  const ctx: Ctx = {
    ...base,
    workspace: { id: p.workspaceId, name: p.workspace_name },
    actor: { type: 'system', reason: 'email preferences link' },
  };
  await inTransaction(ctx, async (tx) => {
    await saveReminderFrequency(tx.db, p.workspaceId, p.id, frequency, tx.clock.now().toISOString());
    await recordChange(tx, {
      action: 'contact.reminders_changed',
      subject: { type: 'contact', id: p.id },
      data: { frequency },
    });
  });
  return { firstName: p.first_name, vendor: { name: p.workspace_name, logo: p.logo }, frequency };
}

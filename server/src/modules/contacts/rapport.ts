import { RapportCreate, RapportUpdate } from '@trustcircle/contracts';
import { recordChange } from '../../platform/audit/record.ts';
import { authorize } from '../../platform/auth/permissions.ts';
import { actingUserId, type Ctx } from '../../platform/context.ts';
import { toFlag } from '../../platform/db/json.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { invalid, notFound } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { parseInput } from '../../platform/validation.ts';
import { loadContact } from './load.ts';
import { presentRapport } from './presenters.ts';
import {
  deleteRapportRow,
  findRapportRow,
  insertRapportFact,
  listRapportRows,
  updateRapportRow,
} from './repository.ts';

// Rapport verbs share one file: they are four small operations on one small record.
// Facts are personal, so their text never goes into the audit log or events.

const privateNeedsAuthor = () =>
  invalid('visibility: a private fact needs a signed-in author (an API key cannot own one)', {
    issues: [{ path: 'visibility', message: 'private needs a signed-in author' }],
  });

async function loadFact(ctx: Ctx, id: string) {
  const row = await findRapportRow(ctx.db, ctx.workspace.id, id, actingUserId(ctx.actor));
  if (!row) throw notFound('Rapport fact');
  return row;
}

export async function listRapportFacts({ ctx, contactId }: { ctx: Ctx; contactId: string }) {
  authorize(ctx.actor, 'contacts:read');
  await loadContact(ctx, contactId);
  const rows = await listRapportRows(ctx.db, ctx.workspace.id, contactId, actingUserId(ctx.actor));
  return { data: rows.map(presentRapport) };
}

export async function addRapportFact({
  ctx,
  contactId,
  input,
}: {
  ctx: Ctx;
  contactId: string;
  input: unknown;
}) {
  authorize(ctx.actor, 'contacts:write');
  const data = parseInput(RapportCreate, input);
  const author = actingUserId(ctx.actor);
  if (data.visibility === 'private' && !author) throw privateNeedsAuthor();
  return inTransaction(ctx, async (tx) => {
    const contact = await loadContact(tx, contactId);
    const id = newId();
    await insertRapportFact(tx.db, {
      id,
      workspace_id: tx.workspace.id,
      contact_id: contact.id,
      kind: data.kind,
      text: data.text,
      mention_next: toFlag(data.mentionAtNextCheckIn),
      visibility: data.visibility,
      author_id: author,
      created_at: tx.clock.now().toISOString(),
    });
    await recordChange(tx, {
      action: 'rapport.added',
      subject: { type: 'rapport_fact', id },
      data: {
        contactId: contact.id,
        accountId: contact.accountId,
        kind: data.kind,
        visibility: data.visibility,
      },
    });
    return presentRapport(await loadFact(tx, id));
  });
}

export async function updateRapportFact({
  ctx,
  factId,
  input,
}: {
  ctx: Ctx;
  factId: string;
  input: unknown;
}) {
  authorize(ctx.actor, 'contacts:write');
  const d = parseInput(RapportUpdate, input);
  return inTransaction(ctx, async (tx) => {
    const before = await loadFact(tx, factId);
    if (d.visibility === 'private' && before.author_id !== actingUserId(tx.actor)) throw privateNeedsAuthor();
    await updateRapportRow(
      tx.db,
      tx.workspace.id,
      factId,
      {
        ...(d.kind ? { kind: d.kind } : {}),
        ...(d.text ? { text: d.text } : {}),
        ...(d.mentionAtNextCheckIn !== undefined ? { mention_next: toFlag(d.mentionAtNextCheckIn) } : {}),
        ...(d.visibility ? { visibility: d.visibility } : {}),
      },
      tx.clock.now().toISOString(),
    );
    await recordChange(tx, {
      action: 'rapport.updated',
      subject: { type: 'rapport_fact', id: factId },
      data: { contactId: before.contact_id, changed: Object.keys(d) },
    });
    return presentRapport(await loadFact(tx, factId));
  });
}

export async function deleteRapportFact({ ctx, factId }: { ctx: Ctx; factId: string }) {
  authorize(ctx.actor, 'contacts:write');
  await inTransaction(ctx, async (tx) => {
    const fact = await loadFact(tx, factId);
    await deleteRapportRow(tx.db, tx.workspace.id, factId);
    await recordChange(tx, {
      action: 'rapport.deleted',
      subject: { type: 'rapport_fact', id: factId },
      data: { contactId: fact.contact_id },
    });
  });
}

import type { Contact, RapportFact } from '@trustcircle/contracts';
import { flag } from '../../platform/db/json.ts';
import { personRef } from '../users/index.ts';
import type { ContactRow, RapportRow } from './repository.ts';

export const fullName = (first: string, last: string | null) => (last ? `${first} ${last}` : first);

export const presentContact = (r: ContactRow): Contact => ({
  id: r.id,
  accountId: r.account_id,
  accountName: r.account_name,
  firstName: r.first_name,
  lastName: r.last_name,
  name: fullName(r.first_name, r.last_name),
  email: r.email,
  phone: r.phone,
  title: r.title,
  role: r.role,
  isPrimary: flag(r.is_primary),
  externalId: r.external_id,
  rapportCount: Number(r.rapport_count ?? 0),
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export const presentRapport = (r: RapportRow): RapportFact => ({
  id: r.id,
  contactId: r.contact_id,
  kind: r.kind,
  text: r.text,
  mentionAtNextCheckIn: flag(r.mention_next),
  visibility: r.visibility,
  author: personRef(r.author_id, r.author_name, r.author_email),
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export { addColleague } from './addColleague.ts';
export { createContact } from './createContact.ts';
export { deleteContact } from './deleteContact.ts';
export { getContact } from './getContact.ts';
export { contactRoutes } from './http.ts';
export { listContacts } from './listContacts.ts';
export { loadContact } from './load.ts';
export { listMentionFacts, type MentionFact } from './mentions.ts';
export { addRapportFact, deleteRapportFact, listRapportFacts, updateRapportFact } from './rapport.ts';
export {
  findContactIdByEmail,
  findContactIdByExternalId,
  findContactsByEmails,
  findLeadContactId,
} from './repository.ts';
export { updateContact } from './updateContact.ts';

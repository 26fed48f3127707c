import {
  Contact,
  ContactCreate,
  ContactListQuery,
  ContactPage,
  ContactUpdate,
  ErrorBody,
  Id,
  PageQuery,
  RapportCreate,
  RapportFact,
  RapportList,
  RapportUpdate,
} from '@trustcircle/contracts';
import { z } from 'zod';
import { requestCtx } from '../../platform/http/context.ts';
import type { App } from '../../platform/http/types.ts';
import { createContact } from './createContact.ts';
import { deleteContact } from './deleteContact.ts';
import { getContact } from './getContact.ts';
import { listContacts } from './listContacts.ts';
import { addRapportFact, deleteRapportFact, listRapportFacts, updateRapportFact } from './rapport.ts';
import { updateContact } from './updateContact.ts';

const tags = ['Contacts'];
const rapportTags = ['Rapport'];
const params = z.object({ id: Id });
const errors = { 400: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
const none = z.undefined();

export function contactRoutes(app: App) {
  app.get(
    '/api/v1/contacts',
    {
      schema: {
        tags,
        summary: 'List contacts (search, filter by account or role, cursor pages)',
        querystring: ContactListQuery,
        response: { 200: ContactPage, 400: ErrorBody },
      },
    },
    async (req) => listContacts({ ctx: requestCtx(req), input: req.query }),
  );
  app.get(
    '/api/v1/accounts/:id/contacts',
    {
      schema: {
        tags,
        summary: "An account's contacts",
        params,
        querystring: PageQuery.extend({ q: z.string().max(200).optional() }),
        response: { 200: ContactPage, 404: ErrorBody },
      },
    },
    async (req) => {
      const ctx = requestCtx(req);
      return listContacts({ ctx, input: { ...req.query, accountId: req.params.id } });
    },
  );
  app.post(
    '/api/v1/contacts',
    {
      schema: {
        tags,
        summary: 'Create a contact on an account',
        body: ContactCreate,
        response: { 201: Contact, ...errors },
      },
    },
    async (req, reply) =>
      reply.code(201).send(await createContact({ ctx: requestCtx(req), input: req.body })),
  );
  app.get(
    '/api/v1/contacts/:id',
    { schema: { tags, summary: 'One contact', params, response: { 200: Contact, 404: ErrorBody } } },
    async (req) => getContact({ ctx: requestCtx(req), contactId: req.params.id }),
  );
  app.patch(
    '/api/v1/contacts/:id',
    {
      schema: {
        tags,
        summary: 'Change a contact (only the fields given; null clears)',
        params,
        body: ContactUpdate,
        response: { 200: Contact, ...errors },
      },
    },
    async (req) => updateContact({ ctx: requestCtx(req), contactId: req.params.id, input: req.body }),
  );
  app.delete(
    '/api/v1/contacts/:id',
    { schema: { tags, summary: 'Delete a contact', params, response: { 204: none, 404: ErrorBody } } },
    async (req, reply) => {
      await deleteContact({ ctx: requestCtx(req), contactId: req.params.id });
      return reply.code(204).send();
    },
  );

  app.get(
    '/api/v1/contacts/:id/rapport',
    {
      schema: {
        tags: rapportTags,
        summary: "A contact's rapport facts (private ones only for their author)",
        params,
        response: { 200: RapportList, 404: ErrorBody },
      },
    },
    async (req) => listRapportFacts({ ctx: requestCtx(req), contactId: req.params.id }),
  );
  app.post(
    '/api/v1/contacts/:id/rapport',
    {
      schema: {
        tags: rapportTags,
        summary: 'Add a rapport fact about a contact',
        params,
        body: RapportCreate,
        response: { 201: RapportFact, ...errors },
      },
    },
    async (req, reply) =>
      reply
        .code(201)
        .send(await addRapportFact({ ctx: requestCtx(req), contactId: req.params.id, input: req.body })),
  );
  app.patch(
    '/api/v1/rapport/:id',
    {
      schema: {
        tags: rapportTags,
        summary: 'Change a rapport fact',
        params,
        body: RapportUpdate,
        response: { 200: RapportFact, ...errors },
      },
    },
    async (req) => updateRapportFact({ ctx: requestCtx(req), factId: req.params.id, input: req.body }),
  );
  app.delete(
    '/api/v1/rapport/:id',
    {
      schema: {
        tags: rapportTags,
        summary: 'Delete a rapport fact',
        params,
        response: { 204: none, 404: ErrorBody },
      },
    },
    async (req, reply) => {
      await deleteRapportFact({ ctx: requestCtx(req), factId: req.params.id });
      return reply.code(204).send();
    },
  );
}

import {
  AccountResourceSummary,
  ErrorBody,
  Id,
  RatingInput,
  Resource,
  ResourceCreate,
  ResourceListQuery,
  ResourceUpdate,
  ResourceUseCreate,
  ResourceUsePage,
  ResourceUseQuery,
  SeminarImportReport,
} from '@trustcircle/contracts';
import { z } from 'zod';
import { invalid } from '../../platform/errors.ts';
import { requestCtx } from '../../platform/http/context.ts';
import type { App } from '../../platform/http/types.ts';
import { getAccountResources } from './accountResources.ts';
import { createResource } from './createResource.ts';
import { importSeminarAttendance } from './importSeminar.ts';
import { getResource, listResources } from './listResources.ts';
import { updateResource } from './updateResource.ts';
import { listResourceUses, rateResourceUse, recordResourceUse } from './uses.ts';

const tags = ['Resources'];
const params = z.object({ id: Id });

export function resourceRoutes(app: App) {
  app.get(
    '/api/v1/resources',
    {
      schema: {
        tags,
        summary: 'The catalog of support resources, with uses, accounts reached and satisfaction',
        querystring: ResourceListQuery,
        response: { 200: z.object({ data: z.array(Resource) }) },
      },
    },
    async (req) => listResources({ ctx: requestCtx(req), input: req.query }),
  );
  app.post(
    '/api/v1/resources',
    {
      schema: {
        tags,
        summary: 'Add a resource (managers and admins)',
        body: ResourceCreate,
        response: { 201: Resource, 400: ErrorBody },
      },
    },
    async (req, reply) =>
      reply.code(201).send(await createResource({ ctx: requestCtx(req), input: req.body })),
  );
  app.get(
    '/api/v1/resources/:id',
    {
      schema: {
        tags,
        summary: 'One resource and its figures',
        params,
        response: { 200: Resource, 404: ErrorBody },
      },
    },
    async (req) => getResource({ ctx: requestCtx(req), resourceId: req.params.id }),
  );
  app.patch(
    '/api/v1/resources/:id',
    {
      schema: {
        tags,
        summary: 'Edit or archive a resource',
        params,
        body: ResourceUpdate,
        response: { 200: Resource, 404: ErrorBody },
      },
    },
    async (req) => updateResource({ ctx: requestCtx(req), resourceId: req.params.id, input: req.body }),
  );
  app.get(
    '/api/v1/resources/:id/uses',
    {
      schema: {
        tags,
        summary: 'Uses of a resource, newest first (optionally of one account)',
        params,
        querystring: ResourceUseQuery,
        response: { 200: ResourceUsePage, 404: ErrorBody },
      },
    },
    async (req) => listResourceUses({ ctx: requestCtx(req), resourceId: req.params.id, input: req.query }),
  );
  app.post(
    '/api/v1/resources/:id/uses',
    {
      schema: {
        tags,
        summary:
          'Record a use: a call, a chat, a seminar registration or attendance, with an optional rating',
        params,
        body: ResourceUseCreate,
        response: {
          201: z.object({
            recorded: z.boolean().describe('false when this seminar status was already recorded'),
          }),
          404: ErrorBody,
        },
      },
    },
    async (req, reply) =>
      reply
        .code(201)
        .send(await recordResourceUse({ ctx: requestCtx(req), resourceId: req.params.id, input: req.body })),
  );
  app.post(
    '/api/v1/resources/:id/attendance',
    {
      schema: {
        tags,
        summary: 'Import seminar registrations and attendance from CSV (email, status, date)',
        description:
          'Send the file as the body with `Content-Type: text/csv`. People are matched to contacts by email.',
        params,
        response: { 200: SeminarImportReport, 400: ErrorBody, 404: ErrorBody },
      },
    },
    async (req) => {
      if (!Buffer.isBuffer(req.body))
        throw invalid('Send the CSV file as the request body with Content-Type: text/csv');
      return importSeminarAttendance({
        ctx: requestCtx(req),
        resourceId: req.params.id,
        csv: req.body.toString('utf8'),
      });
    },
  );
  app.post(
    '/api/v1/resource-uses/:id/rating',
    {
      schema: {
        tags,
        summary: '"Was this helpful?" for a recorded use: 1–5 and a comment',
        params,
        body: RatingInput,
        response: { 204: z.undefined(), 404: ErrorBody },
      },
    },
    async (req, reply) => {
      await rateResourceUse({ ctx: requestCtx(req), useId: req.params.id, input: req.body });
      return reply.code(204).send();
    },
  );
  app.get(
    '/api/v1/accounts/:id/resources',
    {
      schema: {
        tags,
        summary: 'Which help an account used, how it rated it, and which it never touched',
        params,
        response: { 200: AccountResourceSummary, 404: ErrorBody },
      },
    },
    async (req) => getAccountResources({ ctx: requestCtx(req), accountId: req.params.id }),
  );
}

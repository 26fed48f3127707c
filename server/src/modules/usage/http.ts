import {
  AccountUsage,
  ErrorBody,
  Feature,
  FeatureCreate,
  Id,
  IngestionWarningPage,
  IngestionWarningQuery,
  UsageQuery,
} from '@trustcircle/contracts';
import { z } from 'zod';
import { requestCtx } from '../../platform/http/context.ts';
import type { App } from '../../platform/http/types.ts';
import { addFeature, listFeatures, removeFeature } from './features.ts';
import { getAccountUsage } from './getAccountUsage.ts';
import { listIngestionWarnings } from './listIngestionWarnings.ts';

const tags = ['Usage'];

export function usageRoutes(app: App) {
  app.get(
    '/api/v1/accounts/:id/usage',
    {
      schema: {
        tags,
        summary: "An account's product usage between two days, from the rollups",
        params: z.object({ id: Id }),
        querystring: UsageQuery,
        response: { 200: AccountUsage, 400: ErrorBody, 404: ErrorBody },
      },
    },
    async (req) => getAccountUsage({ ctx: requestCtx(req), accountId: req.params.id, input: req.query }),
  );
  app.get(
    '/api/v1/ingestion/warnings',
    {
      schema: {
        tags,
        summary: 'Events rejected by the ingestion API, newest first, with the reason and the payload',
        querystring: IngestionWarningQuery,
        response: { 200: IngestionWarningPage },
      },
    },
    async (req) => listIngestionWarnings({ ctx: requestCtx(req), input: req.query }),
  );
  app.get(
    '/api/v1/features',
    {
      schema: {
        tags,
        summary: 'The feature list: events that mean an account adopted a feature',
        response: { 200: z.object({ data: z.array(Feature) }) },
      },
    },
    async (req) => listFeatures({ ctx: requestCtx(req) }),
  );
  app.post(
    '/api/v1/features',
    {
      schema: {
        tags,
        summary: 'Add a feature (managers and admins)',
        body: FeatureCreate,
        response: { 201: Feature, 409: ErrorBody },
      },
    },
    async (req, reply) => reply.code(201).send(await addFeature({ ctx: requestCtx(req), input: req.body })),
  );
  app.delete(
    '/api/v1/features/:id',
    {
      schema: {
        tags,
        summary: 'Remove a feature from the list (its events stay)',
        params: z.object({ id: Id }),
        response: { 204: z.undefined(), 404: ErrorBody },
      },
    },
    async (req, reply) => {
      await removeFeature({ ctx: requestCtx(req), featureId: req.params.id });
      return reply.code(204).send();
    },
  );
}

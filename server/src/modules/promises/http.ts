import {
  ErrorBody,
  HandoffInput,
  HandoffResult,
  Id,
  PromiseCreate,
  PromiseHistory,
  PromiseListQuery,
  PromisePage,
  PromiseRenegotiate,
  PromiseReopen,
  PromiseResolve,
  PromiseSchema,
  PromiseStats,
  PromiseStatsQuery,
  PromiseUpdate,
} from '@trustcircle/contracts';
import { z } from 'zod';
import { requestCtx } from '../../platform/http/context.ts';
import type { App } from '../../platform/http/types.ts';
import { createPromise } from './createPromise.ts';
import { deletePromise } from './deletePromise.ts';
import { getPromise } from './getPromise.ts';
import { getPromiseHistory } from './getPromiseHistory.ts';
import { getPromiseStats } from './getPromiseStats.ts';
import { handOff } from './handOff.ts';
import { listPromises } from './listPromises.ts';
import { renegotiatePromise } from './renegotiatePromise.ts';
import { reopenPromise } from './reopenPromise.ts';
import { resolvePromise } from './resolvePromise.ts';
import { updatePromise } from './updatePromise.ts';

const tags = ['Promises'];
const params = z.object({ id: Id });
const errors = { 400: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };

export function promiseRoutes(app: App) {
  app.get(
    '/api/v1/promises',
    {
      schema: {
        tags,
        summary: 'The promise ledger, soonest due first (filter by account, owner, status, overdue)',
        querystring: PromiseListQuery,
        response: { 200: PromisePage, 400: ErrorBody },
      },
    },
    async (req) => listPromises({ ctx: requestCtx(req), input: req.query }),
  );
  app.get(
    '/api/v1/promises/stats',
    {
      schema: {
        tags,
        summary: 'Promise-keeping rate over a period: overall, by month, by team member, by account',
        querystring: PromiseStatsQuery,
        response: { 200: PromiseStats, 400: ErrorBody },
      },
    },
    async (req) => getPromiseStats({ ctx: requestCtx(req), input: req.query }),
  );
  app.post(
    '/api/v1/promises',
    {
      schema: {
        tags,
        summary: 'Record a promise made to a customer',
        body: PromiseCreate,
        response: { 201: PromiseSchema, ...errors },
      },
    },
    async (req, reply) =>
      reply.code(201).send(await createPromise({ ctx: requestCtx(req), input: req.body })),
  );
  app.get(
    '/api/v1/promises/:id',
    { schema: { tags, summary: 'One promise', params, response: { 200: PromiseSchema, 404: ErrorBody } } },
    async (req) => getPromise({ ctx: requestCtx(req), promiseId: req.params.id }),
  );
  app.get(
    '/api/v1/promises/:id/history',
    {
      schema: {
        tags,
        summary: "A promise's history, newest first, with who changed it and why",
        params,
        response: { 200: PromiseHistory, 404: ErrorBody },
      },
    },
    async (req) => getPromiseHistory({ ctx: requestCtx(req), promiseId: req.params.id }),
  );
  app.patch(
    '/api/v1/promises/:id',
    {
      schema: {
        tags,
        summary: 'Correct a promise (wording, owner, contact); a new due day is a renegotiation',
        params,
        body: PromiseUpdate,
        response: { 200: PromiseSchema, ...errors },
      },
    },
    async (req) => updatePromise({ ctx: requestCtx(req), promiseId: req.params.id, input: req.body }),
  );
  app.post(
    '/api/v1/promises/:id/resolve',
    {
      schema: {
        tags,
        summary: 'Close a promise: delivered (kept, or late after its due day) or broken',
        params,
        body: PromiseResolve,
        response: { 200: PromiseSchema, ...errors },
      },
    },
    async (req) => resolvePromise({ ctx: requestCtx(req), promiseId: req.params.id, input: req.body }),
  );
  app.post(
    '/api/v1/promises/:id/renegotiate',
    {
      schema: {
        tags,
        summary: 'Agree new terms with the customer: a new due day, kept in the history',
        params,
        body: PromiseRenegotiate,
        response: { 200: PromiseSchema, ...errors },
      },
    },
    async (req) => renegotiatePromise({ ctx: requestCtx(req), promiseId: req.params.id, input: req.body }),
  );
  app.post(
    '/api/v1/promises/:id/reopen',
    {
      schema: {
        tags,
        summary: 'Open a resolved promise again',
        params,
        body: PromiseReopen,
        response: { 200: PromiseSchema, ...errors },
      },
    },
    async (req) => reopenPromise({ ctx: requestCtx(req), promiseId: req.params.id, input: req.body }),
  );
  app.delete(
    '/api/v1/promises/:id',
    {
      schema: {
        tags,
        summary: 'Delete a promise recorded by mistake (one not kept is resolved as broken instead)',
        params,
        response: { 204: z.undefined(), 403: ErrorBody, 404: ErrorBody },
      },
    },
    async (req, reply) => {
      await deletePromise({ ctx: requestCtx(req), promiseId: req.params.id });
      return reply.code(204).send();
    },
  );
  app.post(
    '/api/v1/accounts/:id/handoff',
    {
      schema: {
        tags,
        summary:
          'Sales-to-success hand-off: the account becomes a customer with the promises made before the sale',
        params,
        body: HandoffInput,
        response: { 200: HandoffResult, ...errors },
      },
    },
    async (req) => handOff({ ctx: requestCtx(req), accountId: req.params.id, input: req.body }),
  );
}

import {
  ErrorBody,
  Id,
  Need,
  NeedCreate,
  NeedHistory,
  NeedListQuery,
  NeedPage,
  NeedUpdate,
} from '@trustcircle/contracts';
import { z } from 'zod';
import { requestCtx } from '../../platform/http/context.ts';
import type { App } from '../../platform/http/types.ts';
import { createNeed } from './createNeed.ts';
import { getNeed } from './getNeed.ts';
import { listNeedHistory } from './listNeedHistory.ts';
import { listNeeds } from './listNeeds.ts';
import { updateNeed } from './updateNeed.ts';

const tags = ['Needs'];
const params = z.object({ id: Id });
const errors = { 400: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };

export function needRoutes(app: App) {
  app.get(
    '/api/v1/needs',
    {
      schema: {
        tags,
        summary: 'List customers\' needs (by account, owner or "me", status, source; cursor pages)',
        querystring: NeedListQuery,
        response: { 200: NeedPage, 400: ErrorBody, 404: ErrorBody },
      },
    },
    async (req) => listNeeds({ ctx: requestCtx(req), input: req.query }),
  );
  app.post(
    '/api/v1/needs',
    {
      schema: {
        tags,
        summary: 'Record what a customer needs or wants to achieve',
        body: NeedCreate,
        response: { 201: Need, ...errors },
      },
    },
    async (req, reply) => reply.code(201).send(await createNeed({ ctx: requestCtx(req), input: req.body })),
  );
  app.get(
    '/api/v1/needs/:id',
    { schema: { tags, summary: 'One need', params, response: { 200: Need, 404: ErrorBody } } },
    async (req) => getNeed({ ctx: requestCtx(req), needId: req.params.id }),
  );
  app.patch(
    '/api/v1/needs/:id',
    {
      schema: {
        tags,
        summary: "Edit a need or change its status (kept in the need's history with the note)",
        params,
        body: NeedUpdate,
        response: { 200: Need, ...errors },
      },
    },
    async (req) => updateNeed({ ctx: requestCtx(req), needId: req.params.id, input: req.body }),
  );
  app.get(
    '/api/v1/needs/:id/history',
    {
      schema: {
        tags,
        summary: 'How a need was heard and reassessed, oldest first, with the check-ins it came up at',
        params,
        response: { 200: NeedHistory, 404: ErrorBody },
      },
    },
    async (req) => listNeedHistory({ ctx: requestCtx(req), needId: req.params.id }),
  );
}

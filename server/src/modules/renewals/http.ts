import { ErrorBody, Id, Renewal, RenewalInput, RenewalList } from '@trustcircle/contracts';
import { z } from 'zod';
import { requestCtx } from '../../platform/http/context.ts';
import type { App } from '../../platform/http/types.ts';
import { listRenewals } from './listRenewals.ts';
import { recordRenewal } from './recordRenewal.ts';

const tags = ['Renewals'];
const params = z.object({ id: Id });

export function renewalRoutes(app: App) {
  app.get(
    '/api/v1/accounts/:id/renewals',
    {
      schema: {
        tags,
        summary: "An account's renewals, the latest first",
        params,
        response: { 200: RenewalList, 404: ErrorBody },
      },
    },
    async (req) => listRenewals({ ctx: requestCtx(req), accountId: req.params.id }),
  );
  app.post(
    '/api/v1/accounts/:id/renewals',
    {
      schema: {
        tags,
        summary:
          'Record a signed renewal: the renewal date moves on by the term, ARR may change, the renewal phase ends',
        params,
        body: RenewalInput,
        response: { 201: Renewal, 400: ErrorBody, 403: ErrorBody, 404: ErrorBody, 422: ErrorBody },
      },
    },
    async (req, reply) =>
      reply
        .code(201)
        .send(await recordRenewal({ ctx: requestCtx(req), accountId: req.params.id, input: req.body })),
  );
}

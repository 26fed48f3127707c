import {
  Account,
  AccountCreate,
  AccountListQuery,
  AccountPage,
  AccountUpdate,
  ErrorBody,
  Id,
} from '@trustcircle/contracts';
import { z } from 'zod';
import { requestCtx } from '../../platform/http/context.ts';
import type { App } from '../../platform/http/types.ts';
import { createAccount } from './createAccount.ts';
import { deleteAccount } from './deleteAccount.ts';
import { getAccount } from './getAccount.ts';
import { listAccounts } from './listAccounts.ts';
import { updateAccount } from './updateAccount.ts';

const tags = ['Accounts'];
const params = z.object({ id: Id });
const errors = { 400: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };

export function accountRoutes(app: App) {
  app.get(
    '/api/v1/accounts',
    {
      schema: {
        tags,
        summary: 'List accounts (search, filter, sort, cursor pages)',
        querystring: AccountListQuery,
        response: { 200: AccountPage, 400: ErrorBody },
      },
    },
    async (req) => listAccounts({ ctx: requestCtx(req), input: req.query }),
  );
  app.post(
    '/api/v1/accounts',
    {
      schema: {
        tags,
        summary: 'Create an account',
        body: AccountCreate,
        response: { 201: Account, ...errors },
      },
    },
    async (req, reply) =>
      reply.code(201).send(await createAccount({ ctx: requestCtx(req), input: req.body })),
  );
  app.get(
    '/api/v1/accounts/:id',
    { schema: { tags, summary: 'One account', params, response: { 200: Account, 404: ErrorBody } } },
    async (req) => getAccount({ ctx: requestCtx(req), accountId: req.params.id }),
  );
  app.patch(
    '/api/v1/accounts/:id',
    {
      schema: {
        tags,
        summary: 'Change an account (only the fields given; null clears)',
        params,
        body: AccountUpdate,
        response: { 200: Account, ...errors },
      },
    },
    async (req) => updateAccount({ ctx: requestCtx(req), accountId: req.params.id, input: req.body }),
  );
  app.delete(
    '/api/v1/accounts/:id',
    {
      schema: {
        tags,
        summary: 'Delete an account with its contacts and timeline',
        params,
        response: { 204: z.undefined(), 403: ErrorBody, 404: ErrorBody },
      },
    },
    async (req, reply) => {
      await deleteAccount({ ctx: requestCtx(req), accountId: req.params.id });
      return reply.code(204).send();
    },
  );
}

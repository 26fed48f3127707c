import {
  ErrorBody,
  Id,
  ShareActivityList,
  ShareLinkCreate,
  ShareLinkCreated,
  ShareLinks,
} from '@trustcircle/contracts';
import { z } from 'zod';
import { requestCtx } from '../../platform/http/context.ts';
import type { App } from '../../platform/http/types.ts';
import { createPlanShareLink } from './createPlanShareLink.ts';
import { listPlanShareActivity, listPlanShareLinks } from './listPlanShareLinks.ts';

const tags = ['Plans'];
const params = z.object({ id: Id });

/** The team's side of sharing a plan: minting links, listing them, and what customers did. */
export function planShareRoutes(app: App) {
  app.post(
    '/api/v1/plans/:id/share-links',
    {
      schema: {
        tags,
        summary:
          'Share the plan with the customer: a link to /s/<token> (its url is shown only in this answer)',
        params,
        body: ShareLinkCreate,
        response: { 201: ShareLinkCreated, 400: ErrorBody, 403: ErrorBody, 404: ErrorBody },
      },
    },
    async (req, reply) =>
      reply
        .code(201)
        .send(await createPlanShareLink({ ctx: requestCtx(req), planId: req.params.id, input: req.body })),
  );
  app.get(
    '/api/v1/plans/:id/share-links',
    {
      schema: {
        tags,
        summary: "The plan's share links: active, expired and revoked, with views and actions",
        params,
        response: { 200: ShareLinks, 404: ErrorBody },
      },
    },
    async (req) => listPlanShareLinks({ ctx: requestCtx(req), planId: req.params.id }),
  );
  app.get(
    '/api/v1/plans/:id/share-activity',
    {
      schema: {
        tags,
        summary: 'Who viewed the plan through its links and what they did, newest first',
        params,
        response: { 200: ShareActivityList, 404: ErrorBody },
      },
    },
    async (req) => listPlanShareActivity({ ctx: requestCtx(req), planId: req.params.id }),
  );
}

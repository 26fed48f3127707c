import {
  ErrorBody,
  Id,
  TimelineEntry,
  TimelineEntryCreate,
  TimelinePage,
  TimelineQuery,
} from '@trustcircle/contracts';
import { z } from 'zod';
import { requestCtx } from '../../platform/http/context.ts';
import type { App } from '../../platform/http/types.ts';
import { addTimelineEntry } from './addTimelineEntry.ts';
import { deleteTimelineEntry } from './deleteTimelineEntry.ts';
import { listTimeline } from './listTimeline.ts';

const tags = ['Timeline'];
const params = z.object({ id: Id });

export function timelineRoutes(app: App) {
  app.get(
    '/api/v1/accounts/:id/timeline',
    {
      schema: {
        tags,
        summary: "An account's timeline, newest first",
        params,
        querystring: TimelineQuery,
        response: { 200: TimelinePage, 404: ErrorBody },
      },
    },
    async (req) => listTimeline({ ctx: requestCtx(req), accountId: req.params.id, input: req.query }),
  );
  app.post(
    '/api/v1/accounts/:id/timeline',
    {
      schema: {
        tags,
        summary: 'Add a note, call, meeting or email',
        params,
        body: TimelineEntryCreate,
        response: { 201: TimelineEntry, 400: ErrorBody, 404: ErrorBody },
      },
    },
    async (req, reply) =>
      reply
        .code(201)
        .send(await addTimelineEntry({ ctx: requestCtx(req), accountId: req.params.id, input: req.body })),
  );
  app.delete(
    '/api/v1/timeline/:id',
    {
      schema: {
        tags,
        summary: 'Delete a timeline entry that a person wrote',
        params,
        response: { 204: z.undefined(), 403: ErrorBody, 404: ErrorBody },
      },
    },
    async (req, reply) => {
      await deleteTimelineEntry({ ctx: requestCtx(req), entryId: req.params.id });
      return reply.code(204).send();
    },
  );
}

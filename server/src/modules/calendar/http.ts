import { CalendarFeed, CalendarFeedLink, ErrorBody } from '@trustcircle/contracts';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { publicCtx, requestCtx } from '../../platform/http/context.ts';
import type { App } from '../../platform/http/types.ts';
import { createCalendarFeed } from './createCalendarFeed.ts';
import { getCalendarFeed } from './getCalendarFeed.ts';
import { readCalendarFeed } from './readCalendarFeed.ts';
import { revokeCalendarFeed } from './revokeCalendarFeed.ts';

const tags = ['Calendar'];

const privateHeaders = (reply: FastifyReply) =>
  reply
    .header('x-robots-tag', 'noindex')
    .header('referrer-policy', 'no-referrer')
    .header('cache-control', 'no-store');

export function calendarRoutes(app: App) {
  app.get(
    '/api/v1/me/calendar-feed',
    {
      schema: {
        tags,
        summary: 'Whether you have a calendar feed link, and when a calendar last read it',
        response: { 200: CalendarFeed, 403: ErrorBody },
      },
    },
    async (req) => getCalendarFeed({ ctx: requestCtx(req) }),
  );
  app.post(
    '/api/v1/me/calendar-feed',
    {
      schema: {
        tags,
        summary:
          'A new secret iCalendar link to your check-ins, promises, tasks and plan dates (the old link stops working)',
        response: { 201: CalendarFeedLink, 403: ErrorBody },
      },
    },
    async (req, reply) => reply.code(201).send(await createCalendarFeed({ ctx: requestCtx(req) })),
  );
  app.delete(
    '/api/v1/me/calendar-feed',
    {
      schema: {
        tags,
        summary: 'Stop your calendar feed link working',
        response: { 204: z.undefined(), 403: ErrorBody },
      },
    },
    async (req, reply) => {
      await revokeCalendarFeed({ ctx: requestCtx(req) });
      return reply.code(204).send();
    },
  );
  app.get(
    '/cal/:file',
    {
      config: { public: true, crossOrigin: true },
      exposeHeadRoute: true,
      schema: { hide: true, params: z.object({ file: z.string().max(100) }) },
    },
    async (req, reply) => {
      privateHeaders(reply);
      const token = req.params.file.replace(/\.ics$/, '');
      const body = /^[A-Za-z0-9_-]{20,64}$/.test(token)
        ? await readCalendarFeed(publicCtx(req), token)
        : null;
      if (body === null)
        return reply.code(404).type('text/plain').send('No calendar here: the link was reset or is wrong.');
      return reply
        .type('text/calendar; charset=utf-8')
        .header('content-disposition', 'inline; filename="trustcircle.ics"')
        .send(body);
    },
  );
}

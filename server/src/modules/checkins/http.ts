import {
  AccountCadence,
  AccountCadenceSet,
  Checkin,
  CheckinCadenceDefaults,
  CheckinCadenceDefaultsUpdate,
  CheckinCompletion,
  CheckinListQuery,
  CheckinPage,
  CheckinPrep,
  CheckinSchedule,
  CheckinSkip,
  CheckinUpdate,
  CompletedCheckin,
  ErrorBody,
  Id,
  SkippedCheckin,
} from '@trustcircle/contracts';
import { z } from 'zod';
import { requestCtx } from '../../platform/http/context.ts';
import type { App } from '../../platform/http/types.ts';
import { completeCheckin } from './completeCheckin.ts';
import { getAccountCadence } from './getAccountCadence.ts';
import { getCadenceDefaults } from './getCadenceDefaults.ts';
import { getCheckin } from './getCheckin.ts';
import { getCheckinPrep } from './getCheckinPrep.ts';
import { listCheckins } from './listCheckins.ts';
import { needRoutes } from './needsHttp.ts';
import { scheduleCheckin } from './scheduleCheckin.ts';
import { setAccountCadence } from './setAccountCadence.ts';
import { setCadenceDefaults } from './setCadenceDefaults.ts';
import { skipCheckin } from './skipCheckin.ts';
import { updateCheckin } from './updateCheckin.ts';

const tags = ['Check-ins'];
const params = z.object({ id: Id });
const errors = { 400: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };

export function checkinRoutes(app: App) {
  cadenceRoutes(app);
  app.get(
    '/api/v1/checkins',
    {
      schema: {
        tags,
        summary: 'List check-ins (by account, owner or "me", status, overdue; cursor pages)',
        querystring: CheckinListQuery,
        response: { 200: CheckinPage, 400: ErrorBody, 404: ErrorBody },
      },
    },
    async (req) => listCheckins({ ctx: requestCtx(req), input: req.query }),
  );
  app.post(
    '/api/v1/checkins',
    {
      schema: {
        tags,
        summary: "Schedule an account's next check-in (one scheduled at a time)",
        body: CheckinSchedule,
        response: { 201: Checkin, ...errors },
      },
    },
    async (req, reply) =>
      reply.code(201).send(await scheduleCheckin({ ctx: requestCtx(req), input: req.body })),
  );
  app.get(
    '/api/v1/checkins/:id',
    { schema: { tags, summary: 'One check-in', params, response: { 200: Checkin, 404: ErrorBody } } },
    async (req) => getCheckin({ ctx: requestCtx(req), checkinId: req.params.id }),
  );
  app.patch(
    '/api/v1/checkins/:id',
    {
      schema: {
        tags,
        summary: 'Reschedule a check-in or change its owner; once held, correct its notes and sentiment',
        params,
        body: CheckinUpdate,
        response: { 200: Checkin, ...errors },
      },
    },
    async (req) => updateCheckin({ ctx: requestCtx(req), checkinId: req.params.id, input: req.body }),
  );
  app.post(
    '/api/v1/checkins/:id/complete',
    {
      schema: {
        tags,
        summary: 'Record a check-in as held: attendees, notes, sentiment, the needs reassessed and new ones',
        description:
          'Each need named in `needs` gets a history entry linked to this check-in; `newNeeds` become open needs. The next check-in is then scheduled from the cadence unless one already is.',
        params,
        body: CheckinCompletion,
        response: { 200: CompletedCheckin, ...errors },
      },
    },
    async (req) => completeCheckin({ ctx: requestCtx(req), checkinId: req.params.id, input: req.body }),
  );
  app.post(
    '/api/v1/checkins/:id/skip',
    {
      schema: {
        tags,
        summary: 'Skip a check-in with the reason; the next one is scheduled from the cadence',
        params,
        body: CheckinSkip,
        response: { 200: SkippedCheckin, ...errors },
      },
    },
    async (req) => skipCheckin({ ctx: requestCtx(req), checkinId: req.params.id, input: req.body }),
  );
  app.get(
    '/api/v1/checkins/:id/prep',
    {
      schema: {
        tags,
        summary:
          'The prep sheet: rapport to mention, open promises and needs, recent usage, what happened since',
        params,
        response: { 200: CheckinPrep, 404: ErrorBody },
      },
    },
    async (req) => getCheckinPrep({ ctx: requestCtx(req), checkinId: req.params.id }),
  );
  needRoutes(app);
}

function cadenceRoutes(app: App) {
  app.get(
    '/api/v1/settings/checkin-cadence',
    {
      schema: {
        tags,
        summary: 'The default check-in cadence per account tier',
        response: { 200: CheckinCadenceDefaults },
      },
    },
    async (req) => getCadenceDefaults({ ctx: requestCtx(req) }),
  );
  app.patch(
    '/api/v1/settings/checkin-cadence',
    {
      schema: {
        tags,
        summary: 'Change the default check-in cadence of some tiers (admins)',
        body: CheckinCadenceDefaultsUpdate,
        response: { 200: CheckinCadenceDefaults, 400: ErrorBody, 403: ErrorBody },
      },
    },
    async (req) => setCadenceDefaults({ ctx: requestCtx(req), input: req.body }),
  );
  app.get(
    '/api/v1/accounts/:id/checkin-cadence',
    {
      schema: {
        tags,
        summary: "An account's check-in cadence: in force, its own, its tier's, and when the next is due",
        params,
        response: { 200: AccountCadence, 404: ErrorBody },
      },
    },
    async (req) => getAccountCadence({ ctx: requestCtx(req), accountId: req.params.id }),
  );
  app.patch(
    '/api/v1/accounts/:id/checkin-cadence',
    {
      schema: {
        tags,
        summary: "Give an account its own check-in cadence (null: its tier's default)",
        params,
        body: AccountCadenceSet,
        response: { 200: AccountCadence, ...errors },
      },
    },
    async (req) => setAccountCadence({ ctx: requestCtx(req), accountId: req.params.id, input: req.body }),
  );
}

import {
  ErrorBody,
  Id,
  PlanMilestone,
  PlanMilestoneCreate,
  PlanMilestoneUpdate,
} from '@trustcircle/contracts';
import { z } from 'zod';
import { requestCtx } from '../../platform/http/context.ts';
import type { App } from '../../platform/http/types.ts';
import { addPlanMilestone } from './addPlanMilestone.ts';
import { completePlanMilestone } from './completePlanMilestone.ts';
import { deletePlanMilestone } from './deletePlanMilestone.ts';
import { exportPlanCsv } from './exportPlanCsv.ts';
import { reopenPlanMilestone } from './reopenPlanMilestone.ts';
import { updatePlanMilestone } from './updatePlanMilestone.ts';

const tags = ['Plans'];
const params = z.object({ id: Id });
const milestoneParams = z.object({ id: Id, milestoneId: Id });
const errors = { 400: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };

/** A plan's milestones (add, edit, move, delete, complete by hand) and its CSV export. */
export function planMilestoneRoutes(app: App) {
  app.post(
    '/api/v1/plans/:id/milestones',
    {
      schema: {
        tags,
        summary: 'Add a milestone (last, unless a position is given)',
        params,
        body: PlanMilestoneCreate,
        response: { 201: PlanMilestone, ...errors },
      },
    },
    async (req, reply) =>
      reply
        .code(201)
        .send(await addPlanMilestone({ ctx: requestCtx(req), planId: req.params.id, input: req.body })),
  );
  app.patch(
    '/api/v1/plans/:id/milestones/:milestoneId',
    {
      schema: {
        tags,
        summary: 'Rename, re-date or move a milestone',
        params: milestoneParams,
        body: PlanMilestoneUpdate,
        response: { 200: PlanMilestone, ...errors },
      },
    },
    async (req) =>
      updatePlanMilestone({
        ctx: requestCtx(req),
        planId: req.params.id,
        milestoneId: req.params.milestoneId,
        input: req.body,
      }),
  );
  app.delete(
    '/api/v1/plans/:id/milestones/:milestoneId',
    {
      schema: {
        tags,
        summary: 'Delete a milestone; its tasks stay in the plan under no milestone',
        params: milestoneParams,
        response: { 204: z.undefined(), 403: ErrorBody, 404: ErrorBody },
      },
    },
    async (req, reply) => {
      await deletePlanMilestone({
        ctx: requestCtx(req),
        planId: req.params.id,
        milestoneId: req.params.milestoneId,
      });
      return reply.code(204).send();
    },
  );
  app.post(
    '/api/v1/plans/:id/milestones/:milestoneId/complete',
    {
      schema: {
        tags,
        summary:
          'Complete a milestone that has no tasks (one with tasks completes when they are all done or skipped: 409)',
        params: milestoneParams,
        response: { 200: PlanMilestone, ...errors },
      },
    },
    async (req) =>
      completePlanMilestone({
        ctx: requestCtx(req),
        planId: req.params.id,
        milestoneId: req.params.milestoneId,
      }),
  );
  app.post(
    '/api/v1/plans/:id/milestones/:milestoneId/reopen',
    {
      schema: {
        tags,
        summary: 'Reopen a milestone completed by hand (one with tasks reopens with a task: 409)',
        params: milestoneParams,
        response: { 200: PlanMilestone, ...errors },
      },
    },
    async (req) =>
      reopenPlanMilestone({
        ctx: requestCtx(req),
        planId: req.params.id,
        milestoneId: req.params.milestoneId,
      }),
  );
  app.get(
    '/api/v1/plans/:id/export.csv',
    {
      schema: {
        tags,
        summary:
          'The plan as CSV, one row per task: milestone, task, side, owner, due, status, done on, days overdue, internal',
        params,
        response: {
          200: {
            description: 'A CSV file (UTF-8 with a byte order mark)',
            content: { 'text/csv': { schema: z.string() } },
          },
          404: ErrorBody,
        },
      },
    },
    async (req, reply) => {
      const file = await exportPlanCsv({ ctx: requestCtx(req), planId: req.params.id });
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', file.contentDisposition)
        .header('cache-control', 'private, no-store')
        .send(file.body);
    },
  );
}

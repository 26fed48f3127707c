import {
  AccountPlanAccountability,
  ErrorBody,
  Id,
  Plan,
  PlanAccountability,
  PlanComment,
  PlanCommentCreate,
  PlanComments,
  PlanCreate,
  PlanListQuery,
  PlanPage,
  PlanTask,
  PlanTaskCreate,
  PlanTaskListQuery,
  PlanTasks,
  PlanTaskUpdate,
  PlanUpdate,
} from '@trustcircle/contracts';
import { z } from 'zod';
import { requestCtx } from '../../platform/http/context.ts';
import type { App } from '../../platform/http/types.ts';
import { addPlanComment } from './addPlanComment.ts';
import { addPlanTask } from './addPlanTask.ts';
import { createPlan } from './createPlan.ts';
import { deletePlanTask } from './deletePlanTask.ts';
import { getAccountPlanAccountability } from './getAccountPlanAccountability.ts';
import { getPlan } from './getPlan.ts';
import { getPlanAccountability } from './getPlanAccountability.ts';
import { planMilestoneRoutes } from './httpMilestones.ts';
import { listPlanComments } from './listPlanComments.ts';
import { listPlans } from './listPlans.ts';
import { listPlanTasks } from './listPlanTasks.ts';
import { updatePlan } from './updatePlan.ts';
import { updatePlanTask } from './updatePlanTask.ts';

const tags = ['Plans'];
const params = z.object({ id: Id });
const taskParams = z.object({ id: Id, taskId: Id });
const errors = { 400: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };

export function planRoutes(app: App) {
  planReadRoutes(app);
  planMilestoneRoutes(app);
  app.post(
    '/api/v1/plans',
    {
      schema: {
        tags,
        summary: 'Start a mutual action plan for an account, with milestones and tasks on both sides',
        body: PlanCreate,
        response: { 201: Plan, ...errors },
      },
    },
    async (req, reply) => reply.code(201).send(await createPlan({ ctx: requestCtx(req), input: req.body })),
  );
  app.patch(
    '/api/v1/plans/:id',
    {
      schema: {
        tags,
        summary: 'Edit a plan (a new start moves the tasks dated from it)',
        params,
        body: PlanUpdate,
        response: { 200: Plan, ...errors },
      },
    },
    async (req) => updatePlan({ ctx: requestCtx(req), planId: req.params.id, input: req.body }),
  );
  app.post(
    '/api/v1/plans/:id/tasks',
    {
      schema: {
        tags,
        summary: 'Add a task owned by the vendor or the customer side',
        params,
        body: PlanTaskCreate,
        response: { 201: PlanTask, ...errors },
      },
    },
    async (req, reply) =>
      reply
        .code(201)
        .send(await addPlanTask({ ctx: requestCtx(req), planId: req.params.id, input: req.body })),
  );
  app.patch(
    '/api/v1/plans/:id/tasks/:taskId',
    {
      schema: {
        tags,
        summary: 'Edit a task or move its status (409 when a task it depends on is not done)',
        params: taskParams,
        body: PlanTaskUpdate,
        response: { 200: PlanTask, ...errors },
      },
    },
    async (req) =>
      updatePlanTask({
        ctx: requestCtx(req),
        planId: req.params.id,
        taskId: req.params.taskId,
        input: req.body,
      }),
  );
  app.delete(
    '/api/v1/plans/:id/tasks/:taskId',
    {
      schema: {
        tags,
        summary: 'Delete a task',
        params: taskParams,
        response: { 204: z.undefined(), 403: ErrorBody, 404: ErrorBody },
      },
    },
    async (req, reply) => {
      await deletePlanTask({ ctx: requestCtx(req), planId: req.params.id, taskId: req.params.taskId });
      return reply.code(204).send();
    },
  );
  app.post(
    '/api/v1/plans/:id/tasks/:taskId/comments',
    {
      schema: {
        tags,
        summary: 'Comment on a task (plain text)',
        params: taskParams,
        body: PlanCommentCreate,
        response: { 201: PlanComment, ...errors },
      },
    },
    async (req, reply) =>
      reply.code(201).send(
        await addPlanComment({
          ctx: requestCtx(req),
          planId: req.params.id,
          taskId: req.params.taskId,
          input: req.body,
        }),
      ),
  );
}

function planReadRoutes(app: App) {
  app.get(
    '/api/v1/plans/:id/tasks',
    {
      schema: {
        tags,
        summary: "A plan's tasks in order, each with its side (ownerSide), lock and days overdue",
        params,
        querystring: PlanTaskListQuery,
        response: { 200: PlanTasks, 400: ErrorBody, 404: ErrorBody },
      },
    },
    async (req) => listPlanTasks({ ctx: requestCtx(req), planId: req.params.id, input: req.query }),
  );
  app.get(
    '/api/v1/plans',
    {
      schema: {
        tags,
        summary: 'Mutual action plans, newest first (filter by account and status)',
        querystring: PlanListQuery,
        response: { 200: PlanPage, 400: ErrorBody, 404: ErrorBody },
      },
    },
    async (req) => listPlans({ ctx: requestCtx(req), input: req.query }),
  );
  app.get(
    '/api/v1/plans/:id',
    {
      schema: {
        tags,
        summary:
          'A plan with its milestones and tasks (locked, overdue and days overdue worked out for today)',
        params,
        response: { 200: Plan, 404: ErrorBody },
      },
    },
    async (req) => getPlan({ ctx: requestCtx(req), planId: req.params.id }),
  );
  app.get(
    '/api/v1/plans/:id/accountability',
    {
      schema: {
        tags,
        summary: "Each side's on-time rate and days overdue on a plan, and whether it is on track",
        params,
        response: { 200: PlanAccountability, 404: ErrorBody },
      },
    },
    async (req) => getPlanAccountability({ ctx: requestCtx(req), planId: req.params.id }),
  );
  app.get(
    '/api/v1/plans/:id/tasks/:taskId/comments',
    {
      schema: {
        tags,
        summary: "A task's comments, oldest first",
        params: taskParams,
        response: { 200: PlanComments, 404: ErrorBody },
      },
    },
    async (req) =>
      listPlanComments({ ctx: requestCtx(req), planId: req.params.id, taskId: req.params.taskId }),
  );
  app.get(
    '/api/v1/accounts/:id/plan-accountability',
    {
      schema: {
        tags,
        summary: "Both sides' on-time rates and days overdue over an account's active plans",
        params,
        response: { 200: AccountPlanAccountability, 404: ErrorBody },
      },
    },
    async (req) => getAccountPlanAccountability({ ctx: requestCtx(req), accountId: req.params.id }),
  );
}

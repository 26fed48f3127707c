import {
  ErrorBody,
  Id,
  Plan,
  PlanFromTemplate,
  PlanTemplate,
  PlanTemplateCreate,
  PlanTemplateListQuery,
  PlanTemplates,
  PlanTemplateUpdate,
} from '@trustcircle/contracts';
import { z } from 'zod';
import { requestCtx } from '../../platform/http/context.ts';
import type { App } from '../../platform/http/types.ts';
import { archivePlanTemplate } from './archivePlanTemplate.ts';
import { createPlanTemplate } from './createPlanTemplate.ts';
import { getPlanTemplate } from './getPlanTemplate.ts';
import { listPlanTemplates } from './listPlanTemplates.ts';
import { startPlanFromTemplate } from './startPlanFromTemplate.ts';
import { updatePlanTemplate } from './updatePlanTemplate.ts';

const tags = ['Plan templates'];
const params = z.object({ id: Id });
const errors = { 400: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };

export function planTemplateRoutes(app: App) {
  app.get(
    '/api/v1/plan-templates',
    {
      schema: {
        tags,
        summary: 'Plan templates by name (archived ones only with archived=true)',
        querystring: PlanTemplateListQuery,
        response: { 200: PlanTemplates, 400: ErrorBody },
      },
    },
    async (req) => listPlanTemplates({ ctx: requestCtx(req), input: req.query }),
  );
  app.post(
    '/api/v1/plan-templates',
    {
      schema: {
        tags,
        summary: 'Add a plan template: milestones and tasks with dates relative to the plan start',
        body: PlanTemplateCreate,
        response: { 201: PlanTemplate, ...errors, 429: ErrorBody },
      },
    },
    async (req, reply) =>
      reply.code(201).send(await createPlanTemplate({ ctx: requestCtx(req), input: req.body })),
  );
  app.get(
    '/api/v1/plan-templates/:id',
    {
      schema: {
        tags,
        summary: 'A plan template',
        params,
        response: { 200: PlanTemplate, 404: ErrorBody },
      },
    },
    async (req) => getPlanTemplate({ ctx: requestCtx(req), templateId: req.params.id }),
  );
  app.patch(
    '/api/v1/plan-templates/:id',
    {
      schema: {
        tags,
        summary: 'Edit a plan template (plans already started from it do not change)',
        params,
        body: PlanTemplateUpdate,
        response: { 200: PlanTemplate, ...errors },
      },
    },
    async (req) => updatePlanTemplate({ ctx: requestCtx(req), templateId: req.params.id, input: req.body }),
  );
  app.delete(
    '/api/v1/plan-templates/:id',
    {
      schema: {
        tags,
        summary: 'Archive a plan template: it starts no more plans (PATCH archived=false restores it)',
        params,
        response: { 204: z.undefined(), 403: ErrorBody, 404: ErrorBody },
      },
    },
    async (req, reply) => {
      await archivePlanTemplate({ ctx: requestCtx(req), templateId: req.params.id });
      return reply.code(204).send();
    },
  );
  app.post(
    '/api/v1/plans/from-template',
    {
      schema: {
        tags: ['Plans'],
        summary: "Start a plan for an account from a template, its dates counted from the plan's start",
        body: PlanFromTemplate,
        response: { 201: Plan, ...errors },
      },
    },
    async (req, reply) =>
      reply.code(201).send(await startPlanFromTemplate({ ctx: requestCtx(req), input: req.body })),
  );
}

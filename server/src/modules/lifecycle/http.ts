import {
  ErrorBody,
  Funnel,
  FunnelQuery,
  Id,
  LifecycleRule,
  LifecycleRuleCreate,
  LifecycleRuleDraft,
  LifecycleRuleList,
  LifecycleRulePreview,
  LifecycleRuleRun,
  LifecycleRuleUpdate,
  StageChange,
  StageChangeInput,
  StageHistory,
} from '@trustcircle/contracts';
import { z } from 'zod';
import { requestCtx } from '../../platform/http/context.ts';
import type { App } from '../../platform/http/types.ts';
import { applyRules } from './applyRules.ts';
import { changeStage } from './changeStage.ts';
import { createRule } from './createRule.ts';
import { deleteRule } from './deleteRule.ts';
import { getFunnel } from './getFunnel.ts';
import { getRule } from './getRule.ts';
import { listRules } from './listRules.ts';
import { listStageHistory } from './listStageHistory.ts';
import { previewRule } from './previewRule.ts';
import { updateRule } from './updateRule.ts';

const params = z.object({ id: Id });

export function lifecycleRoutes(app: App) {
  app.post(
    '/api/v1/accounts/:id/stage',
    {
      schema: {
        tags: ['Lifecycle'],
        summary: 'Move an account on the Trust Circle (stage, or phase inside customer), with a reason',
        params,
        body: StageChangeInput,
        response: { 200: StageChange, 400: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody },
      },
    },
    async (req) => changeStage({ ctx: requestCtx(req), accountId: req.params.id, input: req.body }),
  );
  app.get(
    '/api/v1/accounts/:id/stage-history',
    {
      schema: {
        tags: ['Lifecycle'],
        summary: "An account's stage and phase changes, newest first, with who made them and why",
        params,
        response: { 200: StageHistory, 404: ErrorBody },
      },
    },
    async (req) => listStageHistory({ ctx: requestCtx(req), accountId: req.params.id }),
  );
  app.get(
    '/api/v1/reports/funnel',
    {
      schema: {
        tags: ['Lifecycle'],
        summary:
          'The Trust Circle funnel: accounts per stage and phase, how long they stay, conversions in a period',
        querystring: FunnelQuery,
        response: { 200: Funnel, 400: ErrorBody },
      },
    },
    async (req) => getFunnel({ ctx: requestCtx(req), input: req.query }),
  );
  lifecycleRuleRoutes(app);
}

const ruleTags = ['Lifecycle rules'];

/** Rules that move customers between phases by themselves, written as data. */
function lifecycleRuleRoutes(app: App) {
  app.get(
    '/api/v1/lifecycle-rules',
    {
      schema: {
        tags: ruleTags,
        summary: "The workspace's lifecycle rules, in the order they are applied",
        response: { 200: LifecycleRuleList },
      },
    },
    async (req) => listRules({ ctx: requestCtx(req) }),
  );
  app.post(
    '/api/v1/lifecycle-rules',
    {
      schema: {
        tags: ruleTags,
        summary: 'Add a rule (managers and admins); an enabled rule runs at the next hourly sweep',
        body: LifecycleRuleCreate,
        response: { 201: LifecycleRule, 400: ErrorBody, 403: ErrorBody, 429: ErrorBody },
      },
    },
    async (req, reply) => reply.code(201).send(await createRule({ ctx: requestCtx(req), input: req.body })),
  );
  app.post(
    '/api/v1/lifecycle-rules/preview',
    {
      schema: {
        tags: ruleTags,
        summary: 'Which accounts a rule not saved yet would move now, and why (moves nothing)',
        body: LifecycleRuleDraft,
        response: { 200: LifecycleRulePreview, 400: ErrorBody },
      },
    },
    async (req) => previewRule({ ctx: requestCtx(req), input: req.body }),
  );
  app.post(
    '/api/v1/lifecycle-rules/apply',
    {
      schema: {
        tags: ruleTags,
        summary: 'Apply every enabled rule now instead of at the next hourly sweep',
        response: { 200: LifecycleRuleRun, 403: ErrorBody },
      },
    },
    async (req) => applyRules({ ctx: requestCtx(req) }),
  );
  app.get(
    '/api/v1/lifecycle-rules/:id',
    {
      schema: {
        tags: ruleTags,
        summary: 'One lifecycle rule',
        params,
        response: { 200: LifecycleRule, 404: ErrorBody },
      },
    },
    async (req) => getRule({ ctx: requestCtx(req), ruleId: req.params.id }),
  );
  app.patch(
    '/api/v1/lifecycle-rules/:id',
    {
      schema: {
        tags: ruleTags,
        summary: 'Rename, rewrite, or switch a rule on or off',
        params,
        body: LifecycleRuleUpdate,
        response: { 200: LifecycleRule, 400: ErrorBody, 403: ErrorBody, 404: ErrorBody },
      },
    },
    async (req) => updateRule({ ctx: requestCtx(req), ruleId: req.params.id, input: req.body }),
  );
  app.delete(
    '/api/v1/lifecycle-rules/:id',
    {
      schema: {
        tags: ruleTags,
        summary: 'Delete a rule; the moves it made stay on the histories',
        params,
        response: { 204: z.undefined(), 403: ErrorBody, 404: ErrorBody },
      },
    },
    async (req, reply) => {
      await deleteRule({ ctx: requestCtx(req), ruleId: req.params.id });
      return reply.code(204).send();
    },
  );
  app.get(
    '/api/v1/lifecycle-rules/:id/preview',
    {
      schema: {
        tags: ruleTags,
        summary: 'Which accounts a saved rule (on or off) would move now, and why (moves nothing)',
        params,
        response: { 200: LifecycleRulePreview, 404: ErrorBody },
      },
    },
    async (req) => previewRule({ ctx: requestCtx(req), ruleId: req.params.id }),
  );
  app.post(
    '/api/v1/lifecycle-rules/:id/apply',
    {
      schema: {
        tags: ruleTags,
        summary: 'Apply one enabled rule now',
        params,
        response: { 200: LifecycleRuleRun, 403: ErrorBody, 404: ErrorBody, 422: ErrorBody },
      },
    },
    async (req) => applyRules({ ctx: requestCtx(req), ruleId: req.params.id }),
  );
}

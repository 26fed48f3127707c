import {
  ErrorBody,
  Funnel,
  FunnelQuery,
  Id,
  StageChange,
  StageChangeInput,
  StageHistory,
} from '@trustcircle/contracts';
import { z } from 'zod';
import { requestCtx } from '../../platform/http/context.ts';
import type { App } from '../../platform/http/types.ts';
import { changeStage } from './changeStage.ts';
import { getFunnel } from './getFunnel.ts';
import { listStageHistory } from './listStageHistory.ts';

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
}

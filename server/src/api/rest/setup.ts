import { ErrorBody, Me, SetupInput } from '@trustcircle/contracts';
import { z } from 'zod';
import { loadDemoData } from '../../modules/demo/index.ts';
import { meForToken, sessionClient, setSessionCookie, setupWorkspace } from '../../modules/users/index.ts';
import { countWorkspaces } from '../../modules/workspaces/index.ts';
import { publicCtx } from '../../platform/http/context.ts';
import type { App } from '../../platform/http/types.ts';

const tags = ['Setup'];

/** First-run setup: open only while the installation has no workspace. */
export function setupRoutes(app: App) {
  app.get(
    '/api/v1/setup',
    {
      config: { public: true },
      schema: {
        tags,
        summary: 'Whether first-run setup is still needed',
        response: { 200: z.object({ needed: z.boolean() }) },
      },
    },
    async (req) => ({ needed: (await countWorkspaces(req.server.platform.db)) === 0 }),
  );
  app.post(
    '/api/v1/setup',
    {
      config: { public: true },
      schema: {
        tags,
        summary: 'Create the first workspace and its admin, optionally with demo data, and sign in',
        body: SetupInput,
        response: { 201: Me, 400: ErrorBody, 422: ErrorBody },
      },
    },
    async (req, reply) => {
      const result = await setupWorkspace({
        ctx: publicCtx(req),
        input: req.body,
        client: sessionClient(req),
      });
      if (result.demo) await loadDemoData({ ctx: { ...result.ctx, log: req.log } });
      req.server.platform.wakeWorker();
      setSessionCookie(req, reply, result.session);
      return reply.code(201).send(await meForToken(req, result.session.token));
    },
  );
}

import { ErrorBody, Workspace, WorkspaceUpdate } from '@trustcircle/contracts';
import { requestCtx } from '../../platform/http/context.ts';
import type { App } from '../../platform/http/types.ts';
import { getWorkspace } from './getWorkspace.ts';
import { updateWorkspace } from './updateWorkspace.ts';

const tags = ['Workspace'];

export function workspaceRoutes(app: App) {
  app.get(
    '/api/v1/workspace',
    { schema: { tags, summary: 'The current workspace', response: { 200: Workspace } } },
    async (req) => getWorkspace({ ctx: requestCtx(req) }),
  );
  app.patch(
    '/api/v1/workspace',
    {
      schema: {
        tags,
        summary: 'Rename the workspace or change its currency and time zone (admins)',
        body: WorkspaceUpdate,
        response: { 200: Workspace, 400: ErrorBody, 403: ErrorBody },
      },
    },
    async (req) => updateWorkspace({ ctx: requestCtx(req), input: req.body }),
  );
}

import { accountRoutes } from '../../modules/accounts/index.ts';
import { apiKeyRoutes } from '../../modules/apikeys/index.ts';
import { auditRoutes } from '../../modules/audit/index.ts';
import { calendarRoutes } from '../../modules/calendar/index.ts';
import { checkinRoutes } from '../../modules/checkins/index.ts';
import { contactRoutes } from '../../modules/contacts/index.ts';
import { importRoutes } from '../../modules/imports/index.ts';
import { lifecycleRoutes } from '../../modules/lifecycle/index.ts';
import { notificationRoutes } from '../../modules/notifications/index.ts';
import { planRoutes, planShareRoutes } from '../../modules/plans/index.ts';
import { planTemplateRoutes } from '../../modules/planTemplates/index.ts';
import { promiseRoutes } from '../../modules/promises/index.ts';
import { resourceRoutes } from '../../modules/resources/index.ts';
import { shareLinkRoutes } from '../../modules/shareLinks/index.ts';
import { sourceRoutes } from '../../modules/sources/index.ts';
import { taskRoutes } from '../../modules/tasks/index.ts';
import { timelineRoutes } from '../../modules/timeline/index.ts';
import { usageRoutes } from '../../modules/usage/index.ts';
import { userRoutes } from '../../modules/users/index.ts';
import { workspaceRoutes } from '../../modules/workspaces/index.ts';
import type { App } from '../../platform/http/types.ts';
import { setupRoutes } from './setup.ts';

/** Mounts every module's routes under /api/v1; the OpenAPI document is built from them. */
export function registerRestRoutes(app: App) {
  setupRoutes(app);
  userRoutes(app);
  workspaceRoutes(app);
  apiKeyRoutes(app);
  sourceRoutes(app);
  accountRoutes(app);
  lifecycleRoutes(app);
  contactRoutes(app);
  timelineRoutes(app);
  notificationRoutes(app);
  auditRoutes(app);
  importRoutes(app);
  usageRoutes(app);
  resourceRoutes(app);
  promiseRoutes(app);
  planRoutes(app);
  planShareRoutes(app);
  shareLinkRoutes(app);
  planTemplateRoutes(app);
  checkinRoutes(app);
  taskRoutes(app);
  calendarRoutes(app);
}

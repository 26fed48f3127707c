import {
  ErrorBody,
  Id,
  MyWork,
  MyWorkQuery,
  Task,
  TaskCreate,
  TaskListQuery,
  TaskPage,
  TaskUpdate,
} from '@trustcircle/contracts';
import { z } from 'zod';
import { requestCtx } from '../../platform/http/context.ts';
import type { App } from '../../platform/http/types.ts';
import { createTask } from './createTask.ts';
import { deleteTask } from './deleteTask.ts';
import { getMyWork } from './getMyWork.ts';
import { getTask } from './getTask.ts';
import { listTasks } from './listTasks.ts';
import { updateTask } from './updateTask.ts';

const tags = ['Tasks'];
const params = z.object({ id: Id });
const errors = { 400: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };

export function taskRoutes(app: App) {
  app.get(
    '/api/v1/my-work',
    {
      schema: {
        tags,
        summary: 'What needs me today: overdue and due tasks, check-ins and promises coming up',
        querystring: MyWorkQuery,
        response: { 200: MyWork, 400: ErrorBody },
      },
    },
    async (req) => getMyWork({ ctx: requestCtx(req), input: req.query }),
  );
  app.get(
    '/api/v1/tasks',
    {
      schema: {
        tags,
        summary: 'Tasks, soonest due first (filter by account, owner, status, overdue)',
        querystring: TaskListQuery,
        response: { 200: TaskPage, 400: ErrorBody },
      },
    },
    async (req) => listTasks({ ctx: requestCtx(req), input: req.query }),
  );
  app.post(
    '/api/v1/tasks',
    { schema: { tags, summary: 'Create a task', body: TaskCreate, response: { 201: Task, ...errors } } },
    async (req, reply) => reply.code(201).send(await createTask({ ctx: requestCtx(req), input: req.body })),
  );
  app.get(
    '/api/v1/tasks/:id',
    { schema: { tags, summary: 'One task', params, response: { 200: Task, 404: ErrorBody } } },
    async (req) => getTask({ ctx: requestCtx(req), taskId: req.params.id }),
  );
  app.patch(
    '/api/v1/tasks/:id',
    {
      schema: {
        tags,
        summary: 'Change a task: edit it, mark it done or open again, snooze it',
        params,
        body: TaskUpdate,
        response: { 200: Task, ...errors },
      },
    },
    async (req) => updateTask({ ctx: requestCtx(req), taskId: req.params.id, input: req.body }),
  );
  app.delete(
    '/api/v1/tasks/:id',
    {
      schema: {
        tags,
        summary: 'Delete a task',
        params,
        response: { 204: z.undefined(), 403: ErrorBody, 404: ErrorBody },
      },
    },
    async (req, reply) => {
      await deleteTask({ ctx: requestCtx(req), taskId: req.params.id });
      return reply.code(204).send();
    },
  );
}

export { createTask } from './createTask.ts';
export { deleteTask } from './deleteTask.ts';
export { getMyWork } from './getMyWork.ts';
export { getTask } from './getTask.ts';
export { taskRoutes } from './http.ts';
export { listTasks } from './listTasks.ts';
export { updateTask } from './updateTask.ts';

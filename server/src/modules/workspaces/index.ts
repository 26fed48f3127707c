export { createWorkspace } from './createWorkspace.ts';
export { getWorkspace } from './getWorkspace.ts';
export { workspaceRoutes } from './http.ts';
export { presentWorkspace } from './presenters.ts';
export {
  countWorkspaces,
  findWorkspace,
  listRetentions,
  listWorkspaceZones,
  setWorkspaceSetting,
} from './repository.ts';
export { workspaceTimeZone, workspaceToday } from './today.ts';
export { updateWorkspace } from './updateWorkspace.ts';

export { createWorkspace } from './createWorkspace.ts';
export { getWorkspace } from './getWorkspace.ts';
export { workspaceRoutes } from './http.ts';
export { presentWorkspace } from './presenters.ts';
export { countWorkspaces, findWorkspace, listRetentions } from './repository.ts';
export { updateWorkspace } from './updateWorkspace.ts';

export { authenticateWriteKey, type SourcePrincipal } from './authenticateWriteKey.ts';
export { createSource } from './createSource.ts';
export { sourceRoutes } from './http.ts';
export { listSources } from './listSources.ts';
export { revokeSource } from './revokeSource.ts';

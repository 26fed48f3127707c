export { authenticateApiKey } from './authenticateApiKey.ts';
export { API_KEY_PREFIX, createApiKey } from './createApiKey.ts';
export { apiKeyRoutes } from './http.ts';
export { listApiKeys } from './listApiKeys.ts';
export { revokeApiKey } from './revokeApiKey.ts';

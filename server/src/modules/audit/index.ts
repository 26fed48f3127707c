export { auditRoutes } from './http.ts';
export { listAudit } from './listAudit.ts';

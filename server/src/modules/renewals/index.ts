export { renewalRoutes } from './http.ts';
export { listRenewals } from './listRenewals.ts';
export { recordRenewal } from './recordRenewal.ts';

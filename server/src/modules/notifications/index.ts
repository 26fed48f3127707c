export { notificationRoutes } from './http.ts';
export { listMail } from './listMail.ts';

export { shareLinkRoutes } from './http.ts';
export { activityOf, linksOf } from './listShareLinks.ts';
export { mintShareLink, type ShareTarget, shareUrl } from './mintShareLink.ts';
export { type OpenLink, openShareLink } from './openShareLink.ts';
export { recordShareActivity } from './recordShareActivity.ts';
export { requestShareCode } from './requestShareCode.ts';
export { revokeShareLink } from './revokeShareLink.ts';
export { VISITOR_DAYS, verifyShareCode } from './verifyShareCode.ts';

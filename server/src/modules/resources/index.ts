export { getAccountResources } from './accountResources.ts';
export { createResource } from './createResource.ts';
export { RESOURCE_EVENTS, type ResourceEvent, recordUsesFromEvents } from './fromEvents.ts';
export { resourceRoutes } from './http.ts';
export { importSeminarAttendance } from './importSeminar.ts';
export { followTrackingLink, type LinkVisitor, rateFromLink, resourceForRating } from './links.ts';
export { getResource, listResources } from './listResources.ts';
export { updateResource } from './updateResource.ts';
export { listResourceUses, rateResourceUse, recordResourceUse } from './uses.ts';

export { addFeature, listFeatures, removeFeature } from './features.ts';
export { getAccountUsage } from './getAccountUsage.ts';
export { usageRoutes } from './http.ts';
export { drainIngestion, ingestEvents } from './ingestEvents.ts';
export { pruneUsageEvents, refreshAllUsageFigures, registerUsageJobs } from './jobs.ts';
export { listIngestionWarnings } from './listIngestionWarnings.ts';
export type { EventType } from './normalize.ts';

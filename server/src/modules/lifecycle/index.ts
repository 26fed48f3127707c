export { applyRules } from './applyRules.ts';
export { changeStage } from './changeStage.ts';
export { getFunnel } from './getFunnel.ts';
export { lifecycleRoutes } from './http.ts';
export { registerLifecycleJobs } from './jobs.ts';
export { listStageHistory } from './listStageHistory.ts';
export { initialPosition, targetPosition } from './phases.ts';
export { originReason, recordStageChange } from './recordStageChange.ts';
export { DEFAULT_RULES, seedDefaultRules } from './seedDefaultRules.ts';

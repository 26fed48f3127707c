export { addTimelineEntry } from './addTimelineEntry.ts';
export { deleteTimelineEntry } from './deleteTimelineEntry.ts';
export { describeEvent } from './describe.ts';
export { timelineRoutes } from './http.ts';
export { registerTimelineJobs } from './jobs.ts';
export { listTimeline } from './listTimeline.ts';

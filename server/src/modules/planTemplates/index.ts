export { archivePlanTemplate } from './archivePlanTemplate.ts';
export { createPlanTemplate } from './createPlanTemplate.ts';
export { getPlanTemplate } from './getPlanTemplate.ts';
export { planTemplateRoutes } from './http.ts';
export { registerPlanTemplateJobs, startPlansOnEntry } from './jobs.ts';
export { listPlanTemplates } from './listPlanTemplates.ts';
export { STARTER_TEMPLATES, seedDefaultTemplates } from './seedDefaultTemplates.ts';
export { startPlanFromTemplate } from './startPlanFromTemplate.ts';
export { updatePlanTemplate } from './updatePlanTemplate.ts';

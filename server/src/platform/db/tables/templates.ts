import type { Flag, Json, Timestamp } from './columns.ts';

// Templates: what plans are started from.

export type PlanTemplatesTable = {
  id: string;
  workspace_id: string;
  name: string;
  kind: 'onboarding' | 'expansion' | 'renewal' | 'recovery' | 'custom';
  /** The title of the plans it starts. */
  title: string;
  goal: string | null;
  /** { milestones: [{ title, dueDays }], tasks: [{ ref, title, detail, ownerSide, milestone, dueRule, dependsOn, internal }] } */
  body: Json;
  /** A lifecycle stage whose entry starts a plan from the template (or null). */
  starts_on_stage: 'stranger' | 'prospect' | 'customer' | 'advocate' | 'churned' | null;
  /** A customer journey phase whose entry starts a plan from the template (or null). */
  starts_on_phase: 'onboarding' | 'adoption' | 'trough' | 'value' | 'renewal' | null;
  archived: Flag;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
};

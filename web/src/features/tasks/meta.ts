import { TASK_PRIORITIES, type Task } from '@trustcircle/contracts';

export const PRIORITY_META = {
  low: { label: 'Low', color: 'gray' },
  normal: { label: 'Normal', color: 'blue' },
  high: { label: 'High', color: 'orange' },
  urgent: { label: 'Urgent', color: 'red' },
} as const satisfies Record<Task['priority'], { label: string; color: string }>;

export const PRIORITY_OPTIONS = TASK_PRIORITIES.map((value) => ({
  value,
  label: PRIORITY_META[value].label,
}));

export const SOURCE_LABEL: Record<Task['source'], string> = {
  manual: 'Added by hand',
  playbook: 'From a playbook',
  promise: 'From a promise',
  checkin: 'From a check-in',
  need: 'From a need',
  survey: 'From a survey',
  incident: 'From an incident',
};

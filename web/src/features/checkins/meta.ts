import {
  CHECKIN_CADENCES,
  type CheckinCadence,
  NEED_PRIORITIES,
  NEED_SOURCES,
  NEED_STATUSES,
  type Need,
  type Sentiment,
} from '@trustcircle/contracts';

export const CADENCE_LABEL = {
  weekly: 'Weekly',
  biweekly: 'Every two weeks',
  monthly: 'Monthly',
  quarterly: 'Quarterly',
  none: 'No regular check-ins',
} as const satisfies Record<CheckinCadence, string>;

export const CADENCE_OPTIONS = CHECKIN_CADENCES.map((value) => ({ value, label: CADENCE_LABEL[value] }));

export const SENTIMENT_META = {
  positive: { label: 'Positive', color: 'teal' },
  neutral: { label: 'Neutral', color: 'gray' },
  negative: { label: 'Negative', color: 'red' },
} as const satisfies Record<Sentiment, { label: string; color: string }>;

export const NEED_STATUS_META = {
  open: { label: 'Open', color: 'blue' },
  being_addressed: { label: 'Being addressed', color: 'violet' },
  met: { label: 'Met', color: 'teal' },
  dropped: { label: 'Dropped', color: 'gray' },
} as const satisfies Record<Need['status'], { label: string; color: string }>;

export const NEED_PRIORITY_META = {
  high: { label: 'High', color: 'red' },
  medium: { label: 'Medium', color: 'yellow' },
  low: { label: 'Low', color: 'gray' },
} as const satisfies Record<Need['priority'], { label: string; color: string }>;

export const NEED_SOURCE_LABEL = {
  checkin: 'Check-in',
  survey: 'Survey',
  support: 'Support',
  meeting: 'Meeting',
  sales_handoff: 'Sales hand-off',
  other: 'Other',
} as const satisfies Record<Need['source'], string>;

export const NEED_STATUS_OPTIONS = NEED_STATUSES.map((value) => ({
  value,
  label: NEED_STATUS_META[value].label,
}));
export const NEED_PRIORITY_OPTIONS = NEED_PRIORITIES.map((value) => ({
  value,
  label: NEED_PRIORITY_META[value].label,
}));
export const NEED_SOURCE_OPTIONS = NEED_SOURCES.map((value) => ({ value, label: NEED_SOURCE_LABEL[value] }));

export const isActiveNeed = (n: Pick<Need, 'status'>) =>
  n.status === 'open' || n.status === 'being_addressed';

const PRIORITY_RANK = { high: 0, medium: 1, low: 2 } as const;
/** Most important first, then oldest. */
export const byPriority = (a: Need, b: Need) =>
  PRIORITY_RANK[a.priority] - PRIORITY_RANK[b.priority] || a.createdAt.localeCompare(b.createdAt);

export const daysLate = (n: number) => (n === 1 ? '1 day overdue' : `${n} days overdue`);

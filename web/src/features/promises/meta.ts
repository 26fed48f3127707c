import { PROMISE_KINDS, PROMISE_SOURCES, PROMISE_STATUSES, type PromiseItem } from '@trustcircle/contracts';

export const PROMISE_STATUS_META = {
  open: { label: 'Open', color: 'blue' },
  renegotiated: { label: 'Renegotiated', color: 'violet' },
  kept: { label: 'Kept', color: 'teal' },
  late: { label: 'Kept late', color: 'yellow' },
  broken: { label: 'Broken', color: 'red' },
} as const satisfies Record<PromiseItem['status'], { label: string; color: string }>;

export const PROMISE_KIND_LABEL: Record<PromiseItem['kind'], string> = {
  feature: 'Feature',
  integration: 'Integration',
  outcome: 'Outcome',
  service_level: 'Service level',
  date: 'Date',
  other: 'Other',
};

export const PROMISE_SOURCE_LABEL: Record<PromiseItem['source'], string> = {
  sales_handoff: 'Sales hand-off',
  meeting: 'Meeting',
  email: 'Email',
  support: 'Support',
  other: 'Other',
};

export const PROMISE_KIND_OPTIONS = PROMISE_KINDS.map((value) => ({
  value,
  label: PROMISE_KIND_LABEL[value],
}));
export const PROMISE_SOURCE_OPTIONS = PROMISE_SOURCES.map((value) => ({
  value,
  label: PROMISE_SOURCE_LABEL[value],
}));
export const PROMISE_STATUS_OPTIONS = PROMISE_STATUSES.map((value) => ({
  value,
  label: PROMISE_STATUS_META[value].label,
}));

export const isActivePromise = (p: PromiseItem) => p.status === 'open' || p.status === 'renegotiated';

/** "72%" for a rate, "—" when nothing came due. */
export const formatRate = (rate: number | null) => (rate === null ? '—' : `${Math.round(rate * 100)}%`);

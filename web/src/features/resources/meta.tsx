import {
  IconBook2,
  IconHeadset,
  IconMessages,
  IconPresentation,
  IconRocket,
  IconTool,
} from '@tabler/icons-react';
import { RESOURCE_KINDS, type ResourceKind, type ResourceUse, type UseKind } from '@trustcircle/contracts';
import type { ReactNode } from 'react';

/**
 * How each kind of help reads and looks everywhere. `satisfies Record<ResourceKind, …>` keeps
 * this in step with the contracts: a new kind fails the type check until it has a label.
 */
export const RESOURCE_KIND_META = {
  onboarding_guide: {
    label: 'Onboarding guide',
    color: 'blue',
    icon: (s: number) => <IconRocket size={s} />,
  },
  training_seminar: {
    label: 'Training seminar',
    color: 'grape',
    icon: (s: number) => <IconPresentation size={s} />,
  },
  kb_article: {
    label: 'Knowledge-base article',
    color: 'teal',
    icon: (s: number) => <IconBook2 size={s} />,
  },
  self_help: {
    label: 'Self-help material',
    color: 'cyan',
    icon: (s: number) => <IconTool size={s} />,
  },
  phone_line: { label: 'Phone line', color: 'orange', icon: (s: number) => <IconHeadset size={s} /> },
  chat: { label: 'Chat', color: 'pink', icon: (s: number) => <IconMessages size={s} /> },
} as const satisfies Record<ResourceKind, { label: string; color: string; icon: (s: number) => ReactNode }>;

export const RESOURCE_KIND_OPTIONS = RESOURCE_KINDS.map((value) => ({
  value,
  label: RESOURCE_KIND_META[value].label,
}));

export const isResourceKind = (v: string): v is ResourceKind => v in RESOURCE_KIND_META;

/** Seminars are registered for and attended; every other kind is simply used. */
export const isSeminar = (kind: ResourceKind) => kind === 'training_seminar';

/** A "view" reads as what it is for the kind of help: a call, a chat, a visit. */
export function labelOfUse(kind: UseKind, resourceKind: ResourceKind): string {
  if (kind === 'registered') return 'Registered';
  if (kind === 'attended') return 'Attended';
  if (kind === 'feedback') return 'Rating only';
  if (resourceKind === 'phone_line') return 'Call';
  if (resourceKind === 'chat') return 'Chat';
  return 'Viewed';
}

export const USE_KIND_COLOR: Record<UseKind, string> = {
  view: 'gray',
  registered: 'blue',
  attended: 'teal',
  feedback: 'yellow',
};

/** Where a use came from. */
export const CHANNEL_LABEL: Record<ResourceUse['channel'], string> = {
  link: 'Tracking link',
  event: 'Product event',
  app: 'Recorded by hand',
  api: 'API',
  import: 'CSV import',
};

/** The tracking or rating link with who followed it, as a team puts it into what it sends. */
export function personalLink(base: string, visitor: { account?: string | null; contact?: string | null }) {
  const params = new URLSearchParams();
  if (visitor.account) params.set('account', visitor.account);
  if (visitor.contact) params.set('contact', visitor.contact);
  const qs = params.toString();
  return qs ? `${base}?${qs}` : base;
}

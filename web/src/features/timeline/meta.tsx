import { IconHistory, IconMail, IconNote, IconPhone, IconUsers } from '@tabler/icons-react';
import type { TimelineKind } from '@trustcircle/contracts';
import type { ReactNode } from 'react';

export const TIMELINE_KIND_META = {
  note: { label: 'Note', verb: 'Add note', color: 'yellow', icon: (s: number) => <IconNote size={s} /> },
  call: { label: 'Call', verb: 'Log call', color: 'teal', icon: (s: number) => <IconPhone size={s} /> },
  meeting: {
    label: 'Meeting',
    verb: 'Log meeting',
    color: 'blue',
    icon: (s: number) => <IconUsers size={s} />,
  },
  email: { label: 'Email', verb: 'Log email', color: 'grape', icon: (s: number) => <IconMail size={s} /> },
  system: { label: 'Activity', verb: '', color: 'gray', icon: (s: number) => <IconHistory size={s} /> },
} as const satisfies Record<
  TimelineKind,
  { label: string; verb: string; color: string; icon: (s: number) => ReactNode }
>;

export type ManualKind = Exclude<TimelineKind, 'system'>;
export const MANUAL_KINDS: ManualKind[] = ['note', 'call', 'meeting', 'email'];

import {
  IconCake,
  IconHeartHandshake,
  IconMoodHappy,
  IconNote,
  IconPaw,
  IconPlaneDeparture,
} from '@tabler/icons-react';
import type { RapportKind } from '@trustcircle/contracts';
import type { ReactNode } from 'react';

export const RAPPORT_KIND_META = {
  family: { label: 'Family', color: 'pink', icon: (s: number) => <IconHeartHandshake size={s} /> },
  pet: { label: 'Pet', color: 'orange', icon: (s: number) => <IconPaw size={s} /> },
  interest: { label: 'Interest', color: 'cyan', icon: (s: number) => <IconMoodHappy size={s} /> },
  milestone: { label: 'Milestone', color: 'grape', icon: (s: number) => <IconCake size={s} /> },
  travel: { label: 'Travel', color: 'teal', icon: (s: number) => <IconPlaneDeparture size={s} /> },
  other: { label: 'Other', color: 'gray', icon: (s: number) => <IconNote size={s} /> },
} as const satisfies Record<RapportKind, { label: string; color: string; icon: (size: number) => ReactNode }>;

export const RAPPORT_KIND_OPTIONS = (Object.keys(RAPPORT_KIND_META) as RapportKind[]).map((value) => ({
  value,
  label: RAPPORT_KIND_META[value].label,
}));

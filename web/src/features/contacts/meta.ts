import type { ContactRole } from '@trustcircle/contracts';

export const CONTACT_ROLE_META = {
  champion: { label: 'Champion', color: 'teal' },
  decision_maker: { label: 'Decision maker', color: 'grape' },
  executive_sponsor: { label: 'Executive sponsor', color: 'indigo' },
  user: { label: 'User', color: 'gray' },
} as const satisfies Record<ContactRole, { label: string; color: string }>;

export const CONTACT_ROLE_OPTIONS = (Object.keys(CONTACT_ROLE_META) as ContactRole[]).map((value) => ({
  value,
  label: CONTACT_ROLE_META[value].label,
}));

export const isContactRole = (v: string): v is ContactRole => v in CONTACT_ROLE_META;

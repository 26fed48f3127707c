import { PHASES, type Phase } from '@trustcircle/contracts';

/** How the phases inside `customer` read and look everywhere. */
export const PHASE_META = {
  onboarding: { label: 'Onboarding', color: 'cyan', hint: 'The trial zone right after the purchase' },
  adoption: { label: 'Adoption', color: 'teal', hint: 'Putting the product to work' },
  trough: { label: 'Trough', color: 'orange', hint: 'The trough of disillusionment: needs recovery' },
  value: { label: 'Value', color: 'green', hint: 'Getting what they bought it for' },
  renewal: { label: 'Renewal', color: 'grape', hint: 'The renewal is coming up' },
} as const satisfies Record<Phase, { label: string; color: string; hint: string }>;

export const isPhase = (v: string): v is Phase => v in PHASE_META;

export const PHASE_OPTIONS = PHASES.map((value) => ({ value, label: PHASE_META[value].label }));

/** For choosing a phase: each with what it means. */
export const PHASE_CHOICES = PHASES.map((value) => ({
  value,
  label: `${PHASE_META[value].label} — ${PHASE_META[value].hint}`,
}));

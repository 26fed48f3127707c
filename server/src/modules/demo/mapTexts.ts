import type { OwnerSide, PlanKind } from '@trustcircle/contracts';

/**
 * Mutual action plans as CS teams write them: milestones, and tasks on both sides, each due so
 * many days after the plan starts. `core` tasks are always in a demo plan; the others are
 * picked at random, so plans of the same kind differ a little. `after` names earlier tasks
 * (by index) that must be done first.
 */
export type TemplateTask = {
  title: string;
  side: OwnerSide;
  days: number;
  milestone: number;
  core?: boolean;
  after?: number[];
  /** done by a colleague (a solutions engineer, say) rather than the account's CSM */
  colleague?: boolean;
  internal?: boolean;
  detail?: string;
};
export type MapTemplate = {
  kind: PlanKind;
  title: (company: string, year: number) => string;
  goal: string;
  milestones: Array<{ title: string; days: number }>;
  tasks: TemplateTask[];
};

const ONBOARDING: MapTemplate = {
  kind: 'onboarding',
  title: (c) => `${c} onboarding`,
  goal: 'Live with SSO and the first team using it weekly within six weeks of signing',
  milestones: [
    { title: 'Kickoff and set-up', days: 10 },
    { title: 'Integrations live', days: 26 },
    { title: 'Go-live', days: 40 },
    { title: 'First value review', days: 56 },
  ],
  tasks: [
    { title: 'Kickoff call with the project team', side: 'vendor', days: 2, milestone: 0, core: true },
    {
      title: 'Share the list of admins and first users',
      side: 'customer',
      days: 5,
      milestone: 0,
      core: true,
      after: [0],
    },
    { title: 'Provision the workspace and admin accounts', side: 'vendor', days: 7, milestone: 0 },
    {
      title: 'Internal: confirm the deal notes with sales',
      side: 'vendor',
      days: 4,
      milestone: 0,
      internal: true,
    },
    {
      title: 'Configure SSO with your identity provider',
      side: 'customer',
      days: 12,
      milestone: 1,
      core: true,
      after: [0],
      detail: 'We send the SAML metadata; your IT team adds the app in Okta or Entra ID.',
    },
    { title: 'Connect the CRM integration', side: 'vendor', days: 15, milestone: 1, colleague: true },
    { title: 'Approve the data mapping', side: 'customer', days: 19, milestone: 1 },
    { title: 'Complete the security questionnaire', side: 'customer', days: 22, milestone: 1 },
    { title: 'Run the admin training', side: 'vendor', days: 25, milestone: 2, core: true },
    { title: 'Invite the first team of users', side: 'customer', days: 30, milestone: 2, core: true },
    {
      title: 'Go-live check and sign-off',
      side: 'vendor',
      days: 38,
      milestone: 2,
      core: true,
      after: [4, 9],
    },
    { title: 'Confirm success metrics with the sponsor', side: 'customer', days: 45, milestone: 3 },
    { title: 'First value review', side: 'vendor', days: 54, milestone: 3 },
  ],
};

const RENEWAL: MapTemplate = {
  kind: 'renewal',
  title: (c, year) => `${c} renewal ${year}`,
  goal: 'Renew on time with a success plan for next year both sides agree on',
  milestones: [
    { title: 'Value review', days: 28 },
    { title: 'Proposal agreed', days: 62 },
    { title: 'Signed', days: 88 },
  ],
  tasks: [
    {
      title: 'Pull usage and outcomes for the value review',
      side: 'vendor',
      days: 6,
      milestone: 0,
      core: true,
      internal: true,
    },
    { title: 'Executive business review', side: 'vendor', days: 18, milestone: 0, core: true, after: [0] },
    { title: 'Share your goals for next year', side: 'customer', days: 22, milestone: 0, core: true },
    { title: 'Confirm seats and the budget owner', side: 'customer', days: 30, milestone: 1 },
    { title: 'Send the renewal proposal', side: 'vendor', days: 38, milestone: 1, core: true },
    { title: 'Legal and procurement review', side: 'customer', days: 50, milestone: 1, core: true },
    { title: 'Refresh the security questionnaire', side: 'customer', days: 56, milestone: 1 },
    { title: 'Agree next year’s success plan', side: 'vendor', days: 66, milestone: 2, colleague: true },
    { title: 'Sign the order form', side: 'customer', days: 82, milestone: 2, core: true, after: [5] },
    { title: 'Countersign and confirm billing', side: 'vendor', days: 86, milestone: 2, after: [8] },
  ],
};

const ADOPTION: MapTemplate = {
  kind: 'custom',
  title: () => 'Rollout to more teams',
  goal: 'Three teams using it every week, with the old spreadsheets retired',
  milestones: [
    { title: 'Baseline agreed', days: 10 },
    { title: 'Second team live', days: 34 },
    { title: 'Adoption review', days: 58 },
  ],
  tasks: [
    { title: 'Review the adoption dashboard together', side: 'vendor', days: 3, milestone: 0, core: true },
    { title: 'Name a champion in each team', side: 'customer', days: 8, milestone: 0, core: true },
    {
      title: 'Workshop for the new team',
      side: 'vendor',
      days: 14,
      milestone: 1,
      core: true,
      colleague: true,
    },
    {
      title: 'Roll out to the second team',
      side: 'customer',
      days: 20,
      milestone: 1,
      core: true,
      after: [2],
    },
    { title: 'Set up the weekly report for managers', side: 'vendor', days: 24, milestone: 1 },
    { title: 'Retire the old spreadsheet process', side: 'customer', days: 30, milestone: 1 },
    { title: 'Collect feedback from team leads', side: 'customer', days: 40, milestone: 2, core: true },
    { title: 'Adoption review meeting', side: 'vendor', days: 48, milestone: 2, core: true },
    { title: 'Present results to the executive sponsor', side: 'vendor', days: 56, milestone: 2 },
  ],
};

const EXPANSION: MapTemplate = {
  ...ADOPTION,
  kind: 'expansion',
  title: () => 'Expansion to a new region',
  goal: 'The second region live on the same workspace before the next quarter',
};

const RECOVERY: MapTemplate = {
  kind: 'recovery',
  title: () => 'Recovery plan',
  goal: 'Back to weekly use and a sponsor who is confident again',
  milestones: [
    { title: 'Issues understood', days: 10 },
    { title: 'Workflows unblocked', days: 24 },
    { title: 'Back on track', days: 40 },
  ],
  tasks: [
    {
      title: 'Call with the sponsor about what went wrong',
      side: 'vendor',
      days: 2,
      milestone: 0,
      core: true,
    },
    { title: 'List the workflows that are blocked', side: 'customer', days: 6, milestone: 0, core: true },
    {
      title: 'Root-cause summary of the open tickets',
      side: 'vendor',
      days: 8,
      milestone: 0,
      colleague: true,
    },
    { title: 'Fix or work around the blocked workflows', side: 'vendor', days: 16, milestone: 1, core: true },
    { title: 'Re-train the team leads', side: 'customer', days: 20, milestone: 1, core: true },
    { title: 'Weekly usage check', side: 'vendor', days: 24, milestone: 1, internal: true },
    { title: 'Confirm the team is back to weekly use', side: 'customer', days: 32, milestone: 2, core: true },
    { title: 'Recovery review with the sponsor', side: 'vendor', days: 38, milestone: 2, core: true },
  ],
};

export const MAP_TEMPLATES = {
  onboarding: ONBOARDING,
  renewal: RENEWAL,
  adoption: ADOPTION,
  expansion: EXPANSION,
  recovery: RECOVERY,
};

/** What each side writes on a task as it moves. */
export const MAP_COMMENTS = {
  vendorDone: [
    'Done; the notes and the recording are in the shared folder.',
    'Finished. Sent the summary to the project team.',
    'Done. Shout if anything looks off on your side.',
  ],
  customerDone: [
    'Done on our side. Thanks for the help getting it set up!',
    'Done. Our IT team says it went smoothly.',
  ],
  customerLate: [
    'Finished, a few days later than planned: procurement needed a second signature.',
    'Done at last, sorry for the delay. Quarter end ate our week.',
  ],
  nudge: [
    'Any news on this one? It holds up the next milestone.',
    'Friendly nudge: happy to jump on a call if something is blocking you.',
    'Checking in on this; shall we move the date rather than let it slide?',
  ],
  customerBlocked: [
    'Still waiting on our security team; it should clear next week.',
    'Blocked on a budget sign-off on our side, sorry. Chasing it.',
    'Our admin is out this week; picking it up as soon as she is back.',
  ],
  vendorProgress: [
    'Started on this; first draft by Thursday.',
    'Booked the session; the invite is out to everyone on the list.',
  ],
};

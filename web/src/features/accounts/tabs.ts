/** The account page's tabs, in the order they show; `?tab=` in the address picks one. */
export const ACCOUNT_TABS = [
  'overview',
  'promises',
  'plans',
  'checkins',
  'tasks',
  'contacts',
  'usage',
  'resources',
  'rapport',
  'timeline',
] as const;
export type AccountTab = (typeof ACCOUNT_TABS)[number];

export const isAccountTab = (v: string | null): v is AccountTab =>
  (ACCOUNT_TABS as readonly string[]).includes(v ?? '');

/** Where a link to one of the tabs goes: the overview is the page without `?tab`. */
export const tabSearch = (tab: AccountTab) => (tab === 'overview' ? '' : `?tab=${tab}`);

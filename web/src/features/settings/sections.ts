import type { Role } from '@trustcircle/contracts';
import { can, type Permission } from '../../lib/permissions.ts';

/**
 * The settings sections, each at its own address (/settings/<slug>) so it can be bookmarked
 * and sent to a colleague. The order is the order of the section list; the first is where
 * /settings lands.
 */
export const SETTINGS_SECTIONS = [
  { slug: 'workspace', label: 'Workspace' },
  { slug: 'members', label: 'Members' },
  { slug: 'api-keys', label: 'API keys', needs: 'apikeys:manage', who: 'Only admins manage API keys.' },
  { slug: 'lifecycle-rules', label: 'Lifecycle rules', items: true },
  { slug: 'plan-templates', label: 'Plan templates', items: true },
  { slug: 'check-ins', label: 'Check-ins' },
  { slug: 'sources', label: 'Sources' },
  { slug: 'features', label: 'Features' },
  {
    slug: 'audit-log',
    label: 'Audit log',
    needs: 'audit:read',
    who: 'Managers and admins read the audit log.',
  },
] as const satisfies ReadonlyArray<{
  slug: string;
  label: string;
  /** Sections a role may not see are left out of its list and answered with "not for you". */
  needs?: Permission;
  who?: string;
  /** Whether the section opens its items at /settings/<slug>/<id> (and /new). */
  items?: true;
}>;

export type SettingsSection = (typeof SETTINGS_SECTIONS)[number];
export type SettingsSlug = SettingsSection['slug'];

/** The address of a section, or of one of its items ('new' for a new one). */
export const settingsPath = (slug: SettingsSlug, item?: string) =>
  item ? `/settings/${slug}/${encodeURIComponent(item)}` : `/settings/${slug}`;

export const visibleSections = (role: Role): SettingsSection[] =>
  SETTINGS_SECTIONS.filter((s) => !('needs' in s) || can(role, s.needs));

/** What an address under /settings shows to this role. */
export type SectionLookup =
  | { kind: 'section'; section: SettingsSection; item: string | undefined }
  | { kind: 'not-found' }
  | { kind: 'forbidden'; section: SettingsSection; who: string };

/** `rest` is the path after /settings/ as the router decoded it; never empty here. */
export function lookUpSection(rest: string, role: Role): SectionLookup {
  const [slug, item, ...deeper] = rest.split('/');
  const section = SETTINGS_SECTIONS.find((s) => s.slug === slug);
  if (!section || deeper.length > 0) return { kind: 'not-found' };
  if (item !== undefined && (!('items' in section) || item === '')) return { kind: 'not-found' };
  if ('needs' in section && !can(role, section.needs))
    return { kind: 'forbidden', section, who: section.who };
  return { kind: 'section', section, item };
}

/** The tabs of the single settings page that came before (`/settings?tab=…`), for old links. */
const LEGACY_TABS: Record<string, SettingsSlug> = {
  workspace: 'workspace',
  members: 'members',
  'api-keys': 'api-keys',
  lifecycle: 'lifecycle-rules',
  'plan-templates': 'plan-templates',
  checkins: 'check-ins',
  // The tab held the sources first, then the features.
  'product-data': 'sources',
  audit: 'audit-log',
};

/**
 * Where /settings sends someone: the section an old `?tab=` link meant, else the first one.
 * An old tab nobody knows goes to its own address, which says it is not found, rather than
 * silently to another section.
 */
export function settingsLanding(tab: string | null): string {
  if (tab === null || tab === '') return settingsPath(SETTINGS_SECTIONS[0].slug);
  const slug = LEGACY_TABS[tab];
  return slug ? settingsPath(slug) : `/settings/${encodeURIComponent(tab)}`;
}

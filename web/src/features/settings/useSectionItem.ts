import { useLocation, useNavigate } from 'react-router';
import { type SettingsSlug, settingsPath } from './sections.ts';

/**
 * Opening and closing an item of a settings section (a rule, a template) by its address, so an
 * edit can be bookmarked or sent, and Back closes it. Closing one opened from the list goes
 * back to that list entry; closing one opened from a link replaces it with the list, so Back
 * does not reopen what was just closed.
 */
export function useSectionItem(slug: SettingsSlug) {
  const navigate = useNavigate();
  const location = useLocation();
  const openedHere = (location.state as { fromList?: boolean } | null)?.fromList === true;
  return {
    open: (item: string) => navigate(settingsPath(slug, item), { state: { fromList: true } }),
    close: () => (openedHere ? navigate(-1) : navigate(settingsPath(slug), { replace: true })),
  };
}

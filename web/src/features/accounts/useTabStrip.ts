import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';

/** Room kept at each edge for the arrow, so a tab scrolled into sight is not under it. */
const EDGE = 44;
/** The app's header stays on top of the page; a tab bar scrolled to must show below it. */
const HEADER = 60;

type Hidden = { start: boolean; end: boolean };

/** Whether tabs continue out of sight at either end of a scrolling tab list. */
function hiddenEnds(list: HTMLElement): Hidden {
  return {
    start: list.scrollLeft > 1,
    end: list.scrollLeft + list.clientWidth < list.scrollWidth - 1,
  };
}

/**
 * A tab list that scrolls sideways: which ends hide tabs, a way to scroll by a page, and the
 * selected tab kept in sight. When the selection changes while the bar is above the window
 * (a link at the bottom of the overview opened another tab), the page comes back up to it.
 */
export function useTabStrip(selected: string) {
  const listRef = useRef<HTMLDivElement>(null);
  const barRef = useRef<HTMLDivElement>(null);
  const [hidden, setHidden] = useState<Hidden>({ start: false, end: false });
  const first = useRef(true);

  useEffect(() => {
    const list = listRef.current;
    if (!list) return;
    const update = () =>
      setHidden((h) => {
        const next = hiddenEnds(list);
        return next.start === h.start && next.end === h.end ? h : next;
      });
    update();
    list.addEventListener('scroll', update, { passive: true });
    // The list's own size follows the window; its tabs' sizes follow fonts and badges.
    const observer = new ResizeObserver(update);
    observer.observe(list);
    for (const tab of Array.from(list.children)) observer.observe(tab);
    return () => {
      list.removeEventListener('scroll', update);
      observer.disconnect();
    };
  }, []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the selection changes
  useLayoutEffect(() => {
    const list = listRef.current;
    const tab = list?.querySelector<HTMLElement>('[data-active]');
    if (!list || !tab) return;
    const behavior: ScrollBehavior = first.current ? 'instant' : 'smooth';
    const start = tab.offsetLeft - EDGE;
    const end = tab.offsetLeft + tab.offsetWidth + EDGE;
    if (start < list.scrollLeft || end > list.scrollLeft + list.clientWidth) {
      list.scrollTo({ left: tab.offsetLeft - (list.clientWidth - tab.offsetWidth) / 2, behavior });
    }
    const bar = barRef.current;
    if (!first.current && bar && bar.getBoundingClientRect().top < HEADER) {
      window.scrollBy({ top: bar.getBoundingClientRect().top - HEADER - 8, behavior });
    }
    first.current = false;
  }, [selected]);

  const scroll = useCallback((direction: 1 | -1) => {
    const list = listRef.current;
    if (list) list.scrollBy({ left: direction * list.clientWidth * 0.7, behavior: 'smooth' });
  }, []);

  return { listRef, barRef, hidden, scroll };
}

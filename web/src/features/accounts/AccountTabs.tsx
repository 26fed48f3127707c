import { ActionIcon, Badge, Tabs } from '@mantine/core';
import {
  IconCalendarEvent,
  IconChartAreaLine,
  IconChecklist,
  IconChevronLeft,
  IconChevronRight,
  IconHeartHandshake,
  IconInfoCircle,
  IconLifebuoy,
  IconListCheck,
  IconMap2,
  IconTimeline,
  IconUsers,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import classes from './AccountTabs.module.css';
import type { AccountTab } from './tabs.ts';
import { useTabStrip } from './useTabStrip.ts';

const TAB_META: { value: AccountTab; label: string; icon: ReactNode }[] = [
  { value: 'overview', label: 'Overview', icon: <IconInfoCircle size={16} /> },
  { value: 'promises', label: 'Promises', icon: <IconChecklist size={16} /> },
  { value: 'plans', label: 'Plans', icon: <IconMap2 size={16} /> },
  { value: 'checkins', label: 'Check-ins', icon: <IconCalendarEvent size={16} /> },
  { value: 'tasks', label: 'Tasks', icon: <IconListCheck size={16} /> },
  { value: 'contacts', label: 'Contacts', icon: <IconUsers size={16} /> },
  { value: 'usage', label: 'Usage', icon: <IconChartAreaLine size={16} /> },
  { value: 'resources', label: 'Resources', icon: <IconLifebuoy size={16} /> },
  { value: 'rapport', label: 'Rapport', icon: <IconHeartHandshake size={16} /> },
  { value: 'timeline', label: 'Timeline', icon: <IconTimeline size={16} /> },
];

type Props = {
  tab: AccountTab;
  onChange: (tab: AccountTab) => void;
  contactsCount: number;
  /** the tabs' panels */
  children: ReactNode;
};

/**
 * The account's ten tabs on one line. Where they do not all fit (a phone, a narrow window),
 * the line scrolls, a fade and an arrow show on the side where more tabs are, and the selected
 * tab is always scrolled into sight, including when the page opens on it.
 */
export function AccountTabs({ tab, onChange, contactsCount, children }: Props) {
  const strip = useTabStrip(tab);
  return (
    <Tabs
      value={tab}
      onChange={(t) => onChange((t ?? 'overview') as AccountTab)}
      keepMounted={false}
      classNames={{ list: classes.list, tab: classes.tab, tabSection: classes.section }}
    >
      <div className={classes.bar} ref={strip.barRef}>
        {strip.hidden.start ? (
          <div className={classes.edge} data-side="start">
            <ActionIcon
              variant="subtle"
              color="gray"
              size="md"
              aria-label="Earlier tabs"
              tabIndex={-1}
              onClick={() => strip.scroll(-1)}
            >
              <IconChevronLeft size={18} />
            </ActionIcon>
          </div>
        ) : null}
        <Tabs.List ref={strip.listRef}>
          {TAB_META.map((t) => (
            <Tabs.Tab
              key={t.value}
              value={t.value}
              leftSection={t.icon}
              rightSection={
                t.value === 'contacts' && contactsCount > 0 ? (
                  <Badge size="xs" variant="light" color="gray" circle={contactsCount < 10}>
                    {contactsCount}
                  </Badge>
                ) : null
              }
            >
              {t.label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {strip.hidden.end ? (
          <div className={classes.edge} data-side="end">
            <ActionIcon
              variant="subtle"
              color="gray"
              size="md"
              aria-label="More tabs"
              tabIndex={-1}
              onClick={() => strip.scroll(1)}
            >
              <IconChevronRight size={18} />
            </ActionIcon>
          </div>
        ) : null}
      </div>
      {children}
    </Tabs>
  );
}

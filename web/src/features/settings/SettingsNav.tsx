import { Box, NativeSelect, NavLink, Stack } from '@mantine/core';
import {
  IconBuilding,
  IconCalendarEvent,
  IconHistory,
  IconKey,
  IconPlugConnected,
  IconPuzzle,
  IconRoute,
  IconTemplate,
  IconUsers,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link, useNavigate } from 'react-router';
import { type SettingsSection, type SettingsSlug, settingsPath } from './sections.ts';

const ICONS: Record<SettingsSlug, ReactNode> = {
  workspace: <IconBuilding size={16} />,
  members: <IconUsers size={16} />,
  'api-keys': <IconKey size={16} />,
  'lifecycle-rules': <IconRoute size={16} />,
  'plan-templates': <IconTemplate size={16} />,
  'check-ins': <IconCalendarEvent size={16} />,
  sources: <IconPlugConnected size={16} />,
  features: <IconPuzzle size={16} />,
  'audit-log': <IconHistory size={16} />,
};

type Props = { sections: SettingsSection[]; current: string };

/**
 * The section list as a column of links beside the section, on a wide screen. On a phone or a
 * narrow window SectionPicker stands in for it. Both are real navigation: each choice is an
 * address, and Back returns.
 */
export function SettingsNav({ sections, current }: Props) {
  return (
    <Box component="nav" aria-label="Settings sections" visibleFrom="md" w={180} style={{ flexShrink: 0 }}>
      <Stack gap={2}>
        {sections.map((s) => (
          <NavLink
            key={s.slug}
            component={Link}
            to={settingsPath(s.slug)}
            label={s.label}
            leftSection={ICONS[s.slug]}
            active={s.slug === current}
            aria-current={s.slug === current ? 'page' : undefined}
            variant="light"
            style={{ borderRadius: 'var(--mantine-radius-md)' }}
            fw={500}
          />
        ))}
      </Stack>
    </Box>
  );
}

/** Above the section on a phone: names the section open, and lists every other one. */
export function SectionPicker({ sections, current }: Props) {
  const navigate = useNavigate();
  const known = sections.some((s) => s.slug === current);
  return (
    <NativeSelect
      hiddenFrom="md"
      mb="lg"
      label="Section"
      value={known ? current : ''}
      onChange={(e) => navigate(settingsPath(e.currentTarget.value as SettingsSlug))}
      data={[
        ...(known ? [] : [{ value: '', label: 'Choose a section', disabled: true }]),
        ...sections.map((s) => ({ value: s.slug, label: s.label })),
      ]}
    />
  );
}

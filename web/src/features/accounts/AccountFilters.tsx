import { ActionIcon, Button, Collapse, Group, MultiSelect, Select, Stack, TextInput } from '@mantine/core';
import { useDebouncedValue, useMediaQuery } from '@mantine/hooks';
import {
  IconAdjustmentsHorizontal,
  IconFilterOff,
  IconMoonStars,
  IconSearch,
  IconTag,
  IconX,
} from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import type { AccountFilters as Filters } from '../../lib/queries/accounts.ts';
import { PHASE_OPTIONS } from '../lifecycle/meta.ts';
import { INACTIVE_OPTIONS, STAGE_OPTIONS, TIER_OPTIONS } from './meta.ts';
import { OwnerSelect } from './OwnerSelect.tsx';
import type { FilterPatch } from './useAccountFilters.ts';

type Props = {
  filters: Filters;
  onChange: (patch: FilterPatch) => void;
  onClear: () => void;
  active: boolean;
};

/** Text typed in a box reaches the address (and the server) once typing pauses. */
function useDebouncedField(value: string, onCommit: (v: string) => void) {
  const [text, setText] = useState(value);
  const [debounced] = useDebouncedValue(text, 300);
  const committed = useRef(value);
  useEffect(() => {
    if (debounced !== committed.current) {
      committed.current = debounced;
      onCommit(debounced);
    }
  }, [debounced, onCommit]);
  // A change from outside (back button, "Clear filters") replaces what is in the box.
  useEffect(() => {
    if (value !== committed.current) {
      committed.current = value;
      setText(value);
    }
  }, [value]);
  return [text, setText] as const;
}

export function AccountFilters({ filters, onChange, onClear, active }: Props) {
  const [search, setSearch] = useDebouncedField(filters.q ?? '', (q) => onChange({ q }));
  const [tag, setTag] = useDebouncedField(filters.tag ?? '', (t) => onChange({ tag: t }));
  // On phones the filters fold away behind a button so the list stays in view.
  const phone = useMediaQuery('(max-width: 48em)', undefined, { getInitialValueInEffect: false }) ?? false;
  const [open, setOpen] = useState(false);
  const count =
    (filters.stage?.length ? 1 : 0) +
    (filters.phase?.length ? 1 : 0) +
    (filters.tier?.length ? 1 : 0) +
    (filters.ownerId ? 1 : 0) +
    (filters.tag ? 1 : 0) +
    (filters.inactiveDays ? 1 : 0);

  const searchBox = (
    <TextInput
      label="Search accounts"
      placeholder="Name or domain"
      leftSection={<IconSearch size={16} />}
      value={search}
      onChange={(e) => setSearch(e.currentTarget.value)}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && search) setSearch('');
      }}
      rightSection={
        search ? (
          <ActionIcon
            variant="subtle"
            color="gray"
            size="sm"
            aria-label="Clear search"
            onClick={() => setSearch('')}
          >
            <IconX size={14} />
          </ActionIcon>
        ) : null
      }
      style={{ flex: '2 1 200px', minWidth: 0 }}
      type="search"
    />
  );

  const rest = (
    <>
      <MultiSelect
        label="Stage"
        placeholder={filters.stage?.length ? undefined : 'Any stage'}
        data={STAGE_OPTIONS}
        value={filters.stage ?? []}
        onChange={(stage) => onChange({ stage })}
        clearable
        style={{ flex: '1 1 180px', minWidth: 0 }}
      />
      <MultiSelect
        label="Phase"
        placeholder={filters.phase?.length ? undefined : 'Any phase'}
        data={PHASE_OPTIONS}
        value={filters.phase ?? []}
        onChange={(phase) => onChange({ phase })}
        clearable
        style={{ flex: '1 1 180px', minWidth: 0 }}
      />
      <OwnerSelect
        label="Owner"
        placeholder="Anyone"
        withNoOwner
        value={filters.ownerId ?? null}
        onChange={(owner) => onChange({ owner })}
        style={{ flex: '1 1 160px', minWidth: 0 }}
      />
      <MultiSelect
        label="Tier"
        placeholder={filters.tier?.length ? undefined : 'Any tier'}
        data={TIER_OPTIONS}
        value={filters.tier ?? []}
        onChange={(tier) => onChange({ tier })}
        clearable
        style={{ flex: '1 1 150px', minWidth: 0 }}
      />
      <TextInput
        label="Tag"
        placeholder="e.g. healthcare"
        leftSection={<IconTag size={16} />}
        value={tag}
        onChange={(e) => setTag(e.currentTarget.value)}
        style={{ flex: '1 1 140px', minWidth: 0 }}
      />
      <Select
        label="Inactive for"
        placeholder="Any"
        leftSection={<IconMoonStars size={16} />}
        data={INACTIVE_OPTIONS}
        value={filters.inactiveDays ? String(filters.inactiveDays) : null}
        onChange={(v) => onChange({ inactiveDays: v ? Number(v) : null })}
        clearable
        // Alone on a wrapped line, a short list should not stretch across the page.
        maw={{ sm: 260 }}
        style={{ flex: '1 1 150px', minWidth: 0 }}
      />
      {active ? (
        <Button variant="subtle" color="gray" leftSection={<IconFilterOff size={16} />} onClick={onClear}>
          Clear filters
        </Button>
      ) : null}
    </>
  );

  if (!phone) {
    return (
      <Group gap="sm" align="flex-end" wrap="wrap" mb="md">
        {searchBox}
        {rest}
      </Group>
    );
  }
  return (
    <Stack gap="sm" mb="md">
      <Group gap="xs" align="flex-end" wrap="nowrap">
        {searchBox}
        <Button
          variant={count ? 'light' : 'default'}
          leftSection={<IconAdjustmentsHorizontal size={16} />}
          onClick={() => setOpen((o) => !o)}
          aria-expanded={open}
        >
          Filters{count ? ` (${count})` : ''}
        </Button>
      </Group>
      <Collapse expanded={open}>
        <Stack gap="sm">{rest}</Stack>
      </Collapse>
    </Stack>
  );
}

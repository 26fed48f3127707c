import { Select, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useAccountSearch } from '../../lib/queries/accounts.ts';

type Props = Omit<SelectProps, 'data' | 'searchValue' | 'onSearchChange'> & { currentName?: string };

/** Chooses an account by typing part of its name; the server does the searching. */
export function AccountPicker({ currentName, value, ...props }: Props) {
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search, 250);
  const result = useAccountSearch(q);
  const options = (result.data?.data ?? []).map((a) => ({ value: a.id, label: a.name }));
  if (value && currentName && !options.some((o) => o.value === value)) {
    options.unshift({ value, label: currentName });
  }
  return (
    <Select
      data={options}
      value={value}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: o }) => o}
      nothingFoundMessage={result.isFetching ? 'Searching…' : 'No account by that name'}
      {...props}
    />
  );
}

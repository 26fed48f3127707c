import { Select, type SelectProps } from '@mantine/core';
import { useMembers } from '../../lib/queries/workspace.ts';

type Props = Omit<SelectProps, 'data'> & { withNoOwner?: boolean; includeId?: string | null };

/** Picks a workspace member; deactivated people are offered only when already chosen. */
export function OwnerSelect({ withNoOwner, includeId, ...props }: Props) {
  const members = useMembers();
  const people = (members.data?.data ?? [])
    .filter((m) => m.status === 'active' || m.id === includeId)
    .map((m) => ({ value: m.id, label: m.status === 'active' ? m.name : `${m.name} (deactivated)` }))
    .sort((a, b) => a.label.localeCompare(b.label));
  const data = withNoOwner ? [{ value: 'none', label: 'No owner' }, ...people] : people;
  return (
    <Select
      data={data}
      searchable
      clearable
      nothingFoundMessage="Nobody by that name"
      placeholder={members.isPending ? 'Loading people…' : undefined}
      {...props}
    />
  );
}

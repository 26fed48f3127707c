import { Anchor, Text } from '@mantine/core';
import type { Contact } from '@trustcircle/contracts';
import type { DataTableColumn } from 'mantine-datatable';
import { RoleBadge } from './RoleBadge.tsx';

/** Title, role and email: the columns every contact table shows after the name. */
export function contactDetailColumns(emailFrom: 'sm' | 'lg'): DataTableColumn<Contact>[] {
  return [
    {
      accessor: 'title',
      title: 'Title',
      visibleMediaQuery: (t) => `(min-width: ${t.breakpoints.md})`,
      render: (c) => <Text size="sm">{c.title ?? '—'}</Text>,
    },
    {
      accessor: 'role',
      title: 'Role',
      noWrap: true,
      // A badge may shrink to fit its box; in a table that cut "Champion" to "Cha…".
      render: (c) => <RoleBadge role={c.role} w="max-content" />,
    },
    {
      accessor: 'email',
      title: 'Email',
      visibleMediaQuery: (t) => `(min-width: ${t.breakpoints[emailFrom]})`,
      render: (c) =>
        c.email ? (
          <Anchor href={`mailto:${c.email}`} size="sm">
            {c.email}
          </Anchor>
        ) : (
          <Text size="sm" c="dimmed">
            —
          </Text>
        ),
    },
  ];
}

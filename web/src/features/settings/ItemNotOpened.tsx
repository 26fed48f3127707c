import { Alert, Button } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { OpenedItem } from './openedItem.ts';

/**
 * Why the item an address names did not open: it is gone, or this person may not edit it.
 * Said plainly above the list instead of showing the list as if nothing was asked for.
 */
export function ItemNotOpened<T>({
  opened,
  noun,
  onClose,
}: {
  opened: OpenedItem<T>;
  noun: string;
  onClose: () => void;
}) {
  if (opened.kind !== 'missing' && opened.kind !== 'forbidden') return null;
  return (
    <Alert
      color={opened.kind === 'missing' ? 'orange' : 'gray'}
      variant="light"
      icon={<IconAlertTriangle size={18} />}
      title={opened.kind === 'missing' ? `No such ${noun}` : `You cannot edit this ${noun}`}
      role="alert"
    >
      {opened.kind === 'missing'
        ? `The ${noun} this address opens does not exist here: it may have been deleted or archived, or the link is from another workspace.`
        : `Managers and admins edit these; you can read them below.`}
      <Button size="xs" variant="default" mt="sm" display="block" onClick={onClose}>
        Show the list only
      </Button>
    </Alert>
  );
}

import { Text } from '@mantine/core';
import { modals } from '@mantine/modals';

type ConfirmOptions = {
  title: string;
  message: string;
  confirmLabel: string;
  onConfirm: () => void;
  danger?: boolean;
};

/** Asks before anything that cannot be undone; Escape or "Cancel" backs out. */
export function confirmAction({ title, message, confirmLabel, onConfirm, danger = true }: ConfirmOptions) {
  modals.openConfirmModal({
    title,
    children: <Text size="sm">{message}</Text>,
    labels: { confirm: confirmLabel, cancel: 'Cancel' },
    confirmProps: { color: danger ? 'red' : undefined },
    // Focus "Cancel" so a stray Enter never deletes anything.
    cancelProps: { 'data-autofocus': true },
    onConfirm,
  });
}

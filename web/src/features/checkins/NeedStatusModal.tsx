import { Button, Group, Modal, SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import type { Need } from '@trustcircle/contracts';
import { useState } from 'react';
import { notifyError, notifySuccess } from '../../lib/notify.ts';
import { useUpdateNeed } from '../../lib/queries/checkins.ts';
import { NEED_STATUS_META, NEED_STATUS_OPTIONS } from './meta.ts';

/** Moves a need on (or confirms where it stands) with a note for its history. */
export function NeedStatusModal({ need, onClose }: { need: Need; onClose: () => void }) {
  const [status, setStatus] = useState<Need['status']>(need.status);
  const [note, setNote] = useState('');
  const update = useUpdateNeed(need.id);
  const same = status === need.status;
  const save = () =>
    update.mutate(
      { status, note: note.trim() || null },
      {
        onSuccess: () => {
          notifySuccess(
            same ? 'Need reassessed' : `Need marked ${NEED_STATUS_META[status].label.toLowerCase()}`,
          );
          onClose();
        },
        onError: (e) => notifyError(e, 'Could not change the need'),
      },
    );
  return (
    <Modal opened onClose={onClose} title="Where does this need stand?" size="lg">
      <Stack gap="md">
        <Text fw={600}>{need.title}</Text>
        <SegmentedControl
          fullWidth
          value={status}
          onChange={(v) => setStatus(v as Need['status'])}
          data={NEED_STATUS_OPTIONS}
          aria-label="Status"
        />
        <Textarea
          label="Note"
          description="Kept in the need's history"
          autosize
          minRows={2}
          maxLength={2000}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          data-autofocus
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button onClick={save} loading={update.isPending} disabled={same && !note.trim()}>
            {same ? 'Confirm as it is' : 'Save'}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import type { Checkin } from '@trustcircle/contracts';
import { useState } from 'react';
import { formatDate } from '../../lib/format.ts';
import { notifyError, notifySuccess } from '../../lib/notify.ts';
import { useSkipCheckin } from '../../lib/queries/checkins.ts';

/** A check-in that will not happen, and why; the cadence goes on from its day. */
export function SkipCheckinModal({ checkin, onClose }: { checkin: Checkin; onClose: () => void }) {
  const [reason, setReason] = useState('');
  const skip = useSkipCheckin(checkin.id);
  const save = () =>
    skip.mutate(
      { reason: reason.trim() },
      {
        onSuccess: (r) => {
          notifySuccess(
            r.next ? `Skipped. The next one is on ${formatDate(r.next.scheduledOn)}.` : 'Check-in skipped',
          );
          onClose();
        },
        onError: (e) => notifyError(e, 'Could not skip the check-in'),
      },
    );
  return (
    <Modal opened onClose={onClose} title="Skip this check-in">
      <Stack gap="md">
        <Text size="sm">
          The check-in of {formatDate(checkin.scheduledOn)} with {checkin.account.name} will not happen. The
          next one is scheduled from the cadence.
        </Text>
        <Textarea
          label="Why"
          required
          autosize
          minRows={2}
          maxLength={1000}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          data-autofocus
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button color="orange" onClick={save} disabled={!reason.trim()} loading={skip.isPending}>
            Skip check-in
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

import { Button, Group, Modal, Stack } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import type { Checkin } from '@trustcircle/contracts';
import { useState } from 'react';
import { dayjs, formatDate } from '../../lib/format.ts';
import { notifyError, notifySuccess } from '../../lib/notify.ts';
import { useScheduleCheckin, useUpdateCheckin } from '../../lib/queries/checkins.ts';
import { OwnerSelect } from '../accounts/OwnerSelect.tsx';

/** Schedules an account's next check-in, or moves the one already scheduled. */
export function ScheduleCheckinModal({
  accountId,
  checkin,
  suggestedOn,
  defaultOwnerId,
  onClose,
}: {
  accountId: string;
  checkin?: Checkin;
  suggestedOn?: string | null;
  defaultOwnerId?: string | null;
  onClose: () => void;
}) {
  const today = dayjs().format('YYYY-MM-DD');
  const suggested = suggestedOn && suggestedOn > today ? suggestedOn : today;
  const [day, setDay] = useState<string | null>(checkin?.scheduledOn ?? suggested);
  const [ownerId, setOwnerId] = useState<string | null>(
    checkin ? (checkin.owner?.id ?? null) : (defaultOwnerId ?? null),
  );
  const schedule = useScheduleCheckin();
  const update = useUpdateCheckin(checkin?.id ?? '');
  const done = (c: Checkin) => {
    notifySuccess(`Check-in ${checkin ? 'moved to' : 'scheduled for'} ${formatDate(c.scheduledOn)}`);
    onClose();
  };
  const onError = (e: unknown) => notifyError(e, 'Could not schedule the check-in');
  const save = () => {
    if (!day) return;
    if (checkin) update.mutate({ scheduledOn: day, ownerId }, { onSuccess: done, onError });
    else schedule.mutate({ accountId, scheduledOn: day, ownerId }, { onSuccess: done, onError });
  };
  return (
    <Modal opened onClose={onClose} title={checkin ? 'Reschedule the check-in' : 'Schedule a check-in'}>
      <Stack gap="md">
        <DateInput
          label="Day"
          required
          minDate={today}
          valueFormat="MMM D, YYYY"
          value={day}
          onChange={(v) => setDay(v)}
          popoverProps={{ withinPortal: true }}
          data-autofocus
        />
        <OwnerSelect
          label="Held by"
          description="Who talks to the customer"
          includeId={checkin?.owner?.id ?? null}
          value={ownerId}
          onChange={setOwnerId}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button onClick={save} disabled={!day} loading={schedule.isPending || update.isPending}>
            {checkin ? 'Move' : 'Schedule'}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

import { Button, Group, Modal, SegmentedControl, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import type { PromiseItem } from '@trustcircle/contracts';
import dayjs from 'dayjs';

import { formatDate } from '../../lib/format.ts';
import { showFormError } from '../../lib/formErrors.ts';
import { notifySuccess } from '../../lib/notify.ts';
import { useRenegotiatePromise, useResolvePromise } from '../../lib/queries/promises.ts';

export type PromiseAction = 'resolve' | 'renegotiate';

type Values = {
  outcome: 'delivered' | 'broken';
  on: string | null;
  evidence: string;
  note: string;
  dueOn: string | null;
};

/** Closes a promise (delivered or broken) or records new terms agreed with the customer. */
export function ResolvePromiseModal({
  promise,
  action,
  onClose,
}: {
  promise: PromiseItem;
  action: PromiseAction;
  onClose: () => void;
}) {
  const resolve = useResolvePromise(promise.id);
  const renegotiate = useRenegotiatePromise(promise.id);
  const form = useForm<Values>({
    initialValues: { outcome: 'delivered', on: null, evidence: '', note: '', dueOn: null },
    validate: {
      dueOn: (v) => (action === 'renegotiate' && !v ? 'Pick the new due day' : null),
      note: (v) =>
        action === 'renegotiate' && v.trim().length < 1 ? 'Say what was agreed, and with whom' : null,
    },
  });
  const onError = (e: unknown) => {
    showFormError(form, e, 'Could not update the promise');
  };
  const submit = form.onSubmit((v) => {
    if (action === 'renegotiate') {
      renegotiate.mutate(
        { dueOn: v.dueOn ?? '', note: v.note.trim() },
        {
          onSuccess: () => {
            notifySuccess(`Now due ${formatDate(v.dueOn)}`, 'Promise renegotiated');
            onClose();
          },
          onError,
        },
      );
      return;
    }
    resolve.mutate(
      {
        outcome: v.outcome,
        ...(v.on ? { on: v.on } : {}),
        evidence: v.evidence.trim() || null,
        note: v.note.trim() || null,
      },
      {
        onSuccess: (p) => {
          notifySuccess(
            p.status === 'kept' ? 'Kept, on time' : p.status === 'late' ? 'Kept, but late' : 'Marked broken',
          );
          onClose();
        },
        onError,
      },
    );
  });
  const deliveredDay = form.values.on ?? dayjs().format('YYYY-MM-DD');
  const lateHint =
    form.values.outcome === 'delivered' && deliveredDay > promise.dueOn
      ? `After its due day (${formatDate(promise.dueOn)}): it will count as kept late.`
      : null;
  return (
    <Modal
      opened
      onClose={onClose}
      title={action === 'renegotiate' ? 'Renegotiate the promise' : 'Close the promise'}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm" fw={500}>
            “{promise.title}” · due {formatDate(promise.dueOn)}
          </Text>
          {action === 'resolve' ? (
            <>
              <SegmentedControl
                fullWidth
                data={[
                  { value: 'delivered', label: 'Delivered' },
                  { value: 'broken', label: 'Broken' },
                ]}
                {...form.getInputProps('outcome')}
              />
              <DateInput
                label={form.values.outcome === 'delivered' ? 'Delivered on' : 'Broken on'}
                placeholder="Today"
                clearable
                maxDate={new Date()}
                valueFormat="MMM D, YYYY"
                popoverProps={{ withinPortal: true }}
                description={lateHint}
                {...form.getInputProps('on')}
              />
              <TextInput
                label="Evidence"
                placeholder="A link, a ticket, or a sentence that shows it"
                maxLength={2000}
                {...form.getInputProps('evidence')}
              />
            </>
          ) : (
            <DateInput
              label="New due day"
              required
              valueFormat="MMM D, YYYY"
              popoverProps={{ withinPortal: true }}
              {...form.getInputProps('dueOn')}
            />
          )}
          <Textarea
            label={action === 'renegotiate' ? 'What was agreed, and with whom' : 'Note'}
            required={action === 'renegotiate'}
            autosize
            minRows={2}
            maxLength={1000}
            {...form.getInputProps('note')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button
              type="submit"
              color={action === 'resolve' && form.values.outcome === 'broken' ? 'red' : undefined}
              loading={resolve.isPending || renegotiate.isPending}
            >
              {action === 'renegotiate' ? 'Save new terms' : 'Close promise'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

import {
  Button,
  Checkbox,
  Divider,
  Group,
  Modal,
  MultiSelect,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import type { Checkin, CheckinCompletion, CheckinPrep, Sentiment } from '@trustcircle/contracts';
import { ChoiceSelect } from '../../components/ChoiceSelect.tsx';
import { BlockSkeleton, LoadError } from '../../components/States.tsx';
import { fieldErrors } from '../../lib/api.ts';
import { dayjs, formatDate } from '../../lib/format.ts';
import { notifyError, notifySuccess } from '../../lib/notify.ts';
import { useCheckinPrep, useCompleteCheckin } from '../../lib/queries/checkins.ts';
import { useContacts } from '../../lib/queries/contacts.ts';
import { useMembers } from '../../lib/queries/workspace.ts';
import { RAPPORT_KIND_META } from '../rapport/meta.tsx';
import { CADENCE_LABEL, SENTIMENT_META } from './meta.ts';
import { NeedsToReassess, NewNeeds, type RecordValues as Values } from './RecordCheckinFields.tsx';

/**
 * Records a check-in as held: who was there, what was said, how it felt, and where each open
 * need stands now. Every open need is listed, so none is forgotten.
 */
export function RecordCheckinModal({ checkin, onClose }: { checkin: Checkin; onClose: () => void }) {
  const prep = useCheckinPrep(checkin.id);
  return (
    <Modal opened onClose={onClose} title={`Record the check-in with ${checkin.account.name}`} size="xl">
      {prep.isPending ? (
        <BlockSkeleton lines={8} />
      ) : prep.isError ? (
        <LoadError error={prep.error} onRetry={() => void prep.refetch()} />
      ) : (
        <RecordForm checkin={checkin} prep={prep.data} onClose={onClose} />
      )}
    </Modal>
  );
}

function RecordForm({
  checkin,
  prep,
  onClose,
}: {
  checkin: Checkin;
  prep: CheckinPrep;
  onClose: () => void;
}) {
  const complete = useCompleteCheckin(checkin.id);
  const contacts = useContacts({ accountId: checkin.account.id }, null, 200);
  const members = useMembers();
  const today = dayjs().format('YYYY-MM-DD');
  const form = useForm<Values>({
    initialValues: {
      // A check-in is usually recorded the day it is held, even when it was held late.
      heldOn: today,
      attendees: checkin.owner ? [`user:${checkin.owner.id}`] : [],
      notes: '',
      sentiment: '',
      needs: Object.fromEntries(prep.needs.map((n) => [n.id, { status: n.status, note: '' }])),
      newNeeds: [],
      mentioned: prep.rapport.map((r) => r.fact.id),
      next: prep.cadence.cadence === 'none' ? 'none' : 'cadence',
      nextOn: null,
    },
    validate: {
      heldOn: (v) => (v ? (v > today ? 'Not a day still to come' : null) : 'When was it held?'),
      sentiment: (v) => (v ? null : 'How did it feel?'),
      nextOn: (v, all) => (all.next === 'date' && !v ? 'Pick the day of the next check-in' : null),
    },
  });
  const people = [
    {
      group: 'Their people',
      items: (contacts.data?.data ?? []).map((c) => ({ value: `contact:${c.id}`, label: c.name })),
    },
    {
      group: 'Our team',
      items: (members.data?.data ?? [])
        .filter((m) => m.status === 'active')
        .map((m) => ({ value: `user:${m.id}`, label: m.name })),
    },
  ];
  const submit = form.onSubmit((v) => {
    const input: CheckinCompletion = {
      heldOn: v.heldOn ?? today,
      attendees: v.attendees.map((a) => {
        const [type, id] = a.split(':') as ['contact' | 'user', string];
        return { type, id };
      }),
      notes: v.notes.trim() || null,
      sentiment: v.sentiment as Sentiment,
      needs: Object.entries(v.needs).map(([needId, r]) => ({
        needId,
        status: r.status,
        note: r.note.trim() || null,
      })),
      newNeeds: v.newNeeds
        .filter((n) => n.title.trim())
        .map((n) => ({ title: n.title.trim(), priority: n.priority })),
      mentionedFactIds: v.mentioned,
      ...(v.next === 'none' ? { nextOn: null } : v.next === 'date' ? { nextOn: v.nextOn } : {}),
    };
    complete.mutate(input, {
      onSuccess: (r) => {
        notifySuccess(
          r.next
            ? `The next check-in is on ${formatDate(r.next.scheduledOn)}.`
            : 'No next check-in scheduled.',
          'Check-in recorded',
        );
        onClose();
      },
      onError: (e) => {
        const errors = fieldErrors(e);
        if (Object.keys(errors).length) form.setErrors(errors);
        notifyError(e, 'Could not record the check-in');
      },
    });
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <DateInput
            label="Held on"
            required
            maxDate={today}
            valueFormat="MMM D, YYYY"
            popoverProps={{ withinPortal: true }}
            {...form.getInputProps('heldOn')}
          />
          <MultiSelect
            label="Attendees"
            placeholder="Who was there"
            data={people}
            searchable
            clearable
            {...form.getInputProps('attendees')}
          />
        </SimpleGrid>
        <Stack gap={4}>
          <Text size="sm" fw={500} id="sentiment-label">
            How did it feel?{' '}
            <Text span c="red">
              *
            </Text>
          </Text>
          <SegmentedControl
            aria-labelledby="sentiment-label"
            data={(['positive', 'neutral', 'negative'] as const).map((s) => ({
              value: s,
              label: SENTIMENT_META[s].label,
            }))}
            value={form.values.sentiment}
            onChange={(v) => form.setFieldValue('sentiment', v as Sentiment)}
          />
          {form.errors.sentiment ? (
            <Text size="xs" c="red">
              {form.errors.sentiment}
            </Text>
          ) : null}
        </Stack>
        <Textarea label="Notes" autosize minRows={4} maxLength={20_000} {...form.getInputProps('notes')} />

        <NeedsToReassess prep={prep} form={form} />
        <NewNeeds form={form} />

        {prep.rapport.length ? (
          <Stack gap="xs">
            <Title order={5}>Mentioned</Title>
            <Text size="xs" c="dimmed">
              The ones ticked lose their "mention at next check-in" flag.
            </Text>
            <Checkbox.Group {...form.getInputProps('mentioned')}>
              <Stack gap={6}>
                {prep.rapport.map((r) => (
                  <Checkbox
                    key={r.fact.id}
                    value={r.fact.id}
                    label={`${r.contact.name}: ${r.fact.text}`}
                    description={RAPPORT_KIND_META[r.fact.kind].label}
                  />
                ))}
              </Stack>
            </Checkbox.Group>
          </Stack>
        ) : null}

        <Divider />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <ChoiceSelect
            label="Next check-in"
            data={[
              {
                value: 'cadence',
                label:
                  prep.cadence.cadence === 'none'
                    ? 'From the cadence (none)'
                    : `From the cadence (${CADENCE_LABEL[prep.cadence.cadence].toLowerCase()})`,
              },
              { value: 'date', label: 'On a day I choose' },
              { value: 'none', label: 'Do not schedule one' },
            ]}
            {...form.getInputProps('next')}
          />
          {form.values.next === 'date' ? (
            <DateInput
              label="Day of the next check-in"
              minDate={today}
              valueFormat="MMM D, YYYY"
              popoverProps={{ withinPortal: true }}
              {...form.getInputProps('nextOn')}
            />
          ) : null}
        </SimpleGrid>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={complete.isPending}>
            Record check-in
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

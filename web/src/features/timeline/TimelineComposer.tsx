import {
  Button,
  Collapse,
  Group,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { DateTimePicker } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { ChoiceSelect } from '../../components/ChoiceSelect.tsx';

import { dayjs } from '../../lib/format.ts';
import { showFormError } from '../../lib/formErrors.ts';
import { notifySuccess } from '../../lib/notify.ts';
import { useAccountContacts } from '../../lib/queries/contacts.ts';
import { useAddTimelineEntry } from '../../lib/queries/timeline.ts';
import { MANUAL_KINDS, type ManualKind, TIMELINE_KIND_META } from './meta.tsx';

type Values = {
  kind: ManualKind;
  title: string;
  body: string;
  contactId: string | null;
  occurredAt: string | null;
};

const PLACEHOLDER: Record<ManualKind, string> = {
  note: 'What should the team know? e.g. "Asked about SSO; follow up with security docs."',
  call: 'What was said on the call, and what happens next?',
  meeting: 'Who was there, what was decided, who does what by when?',
  email: 'What the email said or asked for',
};

/** Writes a note, call, meeting or email onto the account's timeline. */
export function TimelineComposer({ accountId }: { accountId: string }) {
  const add = useAddTimelineEntry(accountId);
  const contacts = useAccountContacts(accountId);
  const [more, setMore] = useState(false);
  const form = useForm<Values>({
    initialValues: { kind: 'note', title: '', body: '', contactId: null, occurredAt: null },
    validate: { body: (v) => (v.trim() ? null : 'Write what happened first') },
  });
  const kind = form.values.kind;

  const submit = form.onSubmit((v) =>
    add.mutate(
      {
        kind: v.kind,
        title: v.title.trim() || null,
        body: v.body.trim(),
        contactId: v.contactId,
        ...(v.occurredAt ? { occurredAt: dayjs(v.occurredAt).toISOString() } : {}),
      },
      {
        onSuccess: () => {
          notifySuccess(`${TIMELINE_KIND_META[v.kind].label} added to the timeline`);
          form.setValues({ title: '', body: '', occurredAt: null });
        },
        onError: (e) => {
          showFormError(form, e, 'Could not add to the timeline');
        },
      },
    ),
  );

  return (
    <Paper withBorder p="md">
      <form
        onSubmit={submit}
        noValidate
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.metaKey || e.ctrlKey)) {
            e.preventDefault();
            submit();
          }
        }}
      >
        <Stack gap="sm">
          <SegmentedControl
            aria-label="Entry kind"
            value={kind}
            onChange={(k) => form.setFieldValue('kind', k as ManualKind)}
            data={MANUAL_KINDS.map((k) => ({ value: k, label: TIMELINE_KIND_META[k].label }))}
            style={{ alignSelf: 'flex-start' }}
            size="xs"
          />
          <Textarea
            label="Details"
            placeholder={PLACEHOLDER[kind]}
            autosize
            minRows={2}
            maxRows={10}
            onFocus={() => setMore(true)}
            {...form.getInputProps('body')}
          />
          <Collapse expanded={more || form.isDirty()}>
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              <TextInput label="Title" placeholder="Optional headline" {...form.getInputProps('title')} />
              <ChoiceSelect
                label="Contact"
                noneLabel="Nobody in particular"
                data={(contacts.data?.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
                {...form.getInputProps('contactId')}
              />
              <DateTimePicker
                label="When"
                placeholder="Now"
                clearable
                valueFormat="MMM D, YYYY HH:mm"
                maxDate={dayjs().add(1, 'year').format('YYYY-MM-DD')}
                {...form.getInputProps('occurredAt')}
              />
            </SimpleGrid>
          </Collapse>
          <Group justify="flex-end">
            <Button type="submit" loading={add.isPending} leftSection={TIMELINE_KIND_META[kind].icon(16)}>
              {TIMELINE_KIND_META[kind].verb}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

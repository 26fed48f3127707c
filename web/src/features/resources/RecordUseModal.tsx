import {
  Anchor,
  Button,
  Group,
  Input,
  Modal,
  Rating,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
} from '@mantine/core';
import { DateTimePicker } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { RESOURCE_KINDS, type ResourceKind, type UseKind } from '@trustcircle/contracts';
import { useEffect } from 'react';

import { dayjs } from '../../lib/format.ts';
import { showFormError } from '../../lib/formErrors.ts';
import { notifyInfo, notifySuccess } from '../../lib/notify.ts';
import { useAccountContacts } from '../../lib/queries/contacts.ts';
import { useRecordResourceUse, useResources } from '../../lib/queries/resources.ts';
import { AccountPicker } from '../contacts/AccountPicker.tsx';
import { isSeminar, RESOURCE_KIND_META } from './meta.tsx';

type Values = {
  resourceId: string | null;
  accountId: string | null;
  contactId: string | null;
  kind: Exclude<UseKind, 'feedback'>;
  occurredAt: string | null;
  rating: number;
  comment: string;
};

type Props = {
  opened: boolean;
  onClose: () => void;
  /** The resource used; without it the form asks which one. */
  resource?: { id: string; title: string; kind: ResourceKind };
  /** The account that used it; without it the form asks which one. */
  account?: { id: string; name: string };
};

const now = () => dayjs().format('YYYY-MM-DD HH:mm:ss');

const SEMINAR_KINDS: Array<{ value: Exclude<UseKind, 'feedback'>; label: string }> = [
  { value: 'attended', label: 'Attended' },
  { value: 'registered', label: 'Registered' },
  { value: 'view', label: 'Viewed' },
];

/**
 * Logs a use that no link or event saw: a call to the phone line, a chat, a seminar sign-up,
 * with what the customer said about it.
 */
export function RecordUseModal({ opened, onClose, resource, account }: Props) {
  const record = useRecordResourceUse();
  // The resource picker needs the catalog; a form about one resource does not.
  const catalog = useResources(false, !resource);
  const initial = (): Values => ({
    resourceId: resource?.id ?? null,
    accountId: account?.id ?? null,
    contactId: null,
    kind: resource && isSeminar(resource.kind) ? 'attended' : 'view',
    occurredAt: now(),
    rating: 0,
    comment: '',
  });
  const form = useForm<Values>({
    initialValues: initial(),
    validate: {
      resourceId: (v) => (v ? null : 'Choose the resource that was used'),
      accountId: (v) => (v ? null : 'Choose the account that used it'),
      occurredAt: (v) =>
        !v
          ? 'Say when it happened'
          : dayjs(v).isAfter(dayjs().add(5, 'minute'))
            ? 'That is in the future'
            : null,
    },
  });
  const contacts = useAccountContacts(form.values.accountId ?? '');

  // biome-ignore lint/correctness/useExhaustiveDependencies: refill only when the modal opens
  useEffect(() => {
    if (opened) {
      form.setValues(initial());
      form.resetDirty(initial());
      form.clearErrors();
    }
  }, [opened]);

  const chosen = resource ?? catalog.data?.data.find((r) => r.id === form.values.resourceId);
  const seminar = chosen ? isSeminar(chosen.kind) : false;

  const resourceOptions = RESOURCE_KINDS.map((kind) => ({
    group: RESOURCE_KIND_META[kind].label,
    items: (catalog.data?.data ?? [])
      .filter((r) => r.kind === kind)
      .map((r) => ({ value: r.id, label: r.title })),
  })).filter((g) => g.items.length > 0);

  const contactOptions = (contacts.data?.data ?? []).map((c) => ({
    value: c.id,
    label: c.email ? `${c.name} · ${c.email}` : c.name,
  }));

  const submit = form.onSubmit((v) => {
    if (!v.resourceId || !v.accountId) return;
    const title = chosen?.title ?? 'the resource';
    record.mutate(
      {
        resourceId: v.resourceId,
        input: {
          kind: seminar ? v.kind : 'view',
          accountId: v.accountId,
          contactId: v.contactId,
          occurredAt: v.occurredAt ? dayjs(v.occurredAt).toISOString() : undefined,
          rating: v.rating > 0 ? v.rating : null,
          comment: v.comment.trim() || null,
        },
      },
      {
        onSuccess: ({ recorded }) => {
          if (recorded) notifySuccess(`A use of "${title}" was recorded`);
          else
            notifyInfo(
              `This person was already recorded as ${v.kind === 'registered' ? 'registered for' : 'attending'} "${title}"; it is counted once.`,
              'Already recorded',
            );
          onClose();
        },
        onError: (e) => {
          showFormError(form, e, 'Could not record the use');
        },
      },
    );
  });

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={resource ? `Record a use of "${resource.title}"` : 'Record a use'}
      size="lg"
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {resource ? null : (
            <Select
              label="Resource"
              placeholder={catalog.isPending ? 'Loading resources…' : 'Choose a resource'}
              data={resourceOptions}
              searchable
              required
              nothingFoundMessage="No resource by that name"
              openOnFocus={false}
              data-autofocus
              {...form.getInputProps('resourceId')}
              onChange={(id) => {
                form.setFieldValue('resourceId', id);
                const kind = catalog.data?.data.find((r) => r.id === id)?.kind;
                form.setFieldValue('kind', kind && isSeminar(kind) ? 'attended' : 'view');
              }}
            />
          )}
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
            {account ? null : (
              <AccountPicker
                label="Account"
                placeholder="Search accounts"
                required
                openOnFocus={false}
                data-autofocus={resource ? true : undefined}
                {...form.getInputProps('accountId')}
                onChange={(id) => {
                  form.setFieldValue('accountId', id);
                  form.setFieldValue('contactId', null);
                }}
              />
            )}
            <Select
              label="Contact"
              placeholder={
                !form.values.accountId
                  ? 'Choose the account first'
                  : contactOptions.length === 0 && contacts.isSuccess
                    ? 'This account has no contacts'
                    : 'Someone at the account (optional)'
              }
              data={contactOptions}
              disabled={!form.values.accountId || contactOptions.length === 0}
              searchable
              clearable
              nothingFoundMessage="Nobody by that name"
              {...form.getInputProps('contactId')}
            />
            <DateTimePicker
              label="When"
              valueFormat="MMM D, YYYY HH:mm"
              maxDate={dayjs().format('YYYY-MM-DD')}
              popoverProps={{ withinPortal: true }}
              required
              {...form.getInputProps('occurredAt')}
            />
            {seminar ? (
              <Input.Wrapper label="What happened">
                <SegmentedControl
                  display="flex"
                  data={SEMINAR_KINDS}
                  {...form.getInputProps('kind')}
                  aria-label="What happened"
                />
              </Input.Wrapper>
            ) : null}
          </SimpleGrid>
          <Input.Wrapper
            label="Was it helpful?"
            description="If they said so: 1 is not at all, 5 is very helpful (optional)"
          >
            <Group gap="sm" mt={6}>
              <Rating
                size="lg"
                value={form.values.rating}
                onChange={(r) => form.setFieldValue('rating', r)}
                getSymbolLabel={(v) => `${v} of 5`}
              />
              {form.values.rating > 0 ? (
                <Anchor
                  component="button"
                  type="button"
                  size="sm"
                  onClick={() => form.setFieldValue('rating', 0)}
                >
                  Clear
                </Anchor>
              ) : null}
            </Group>
          </Input.Wrapper>
          <Textarea
            label="Comment"
            placeholder="What they asked, what helped, what was missing"
            autosize
            minRows={2}
            maxRows={6}
            maxLength={2000}
            {...form.getInputProps('comment')}
          />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={record.isPending}>
              Record use
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

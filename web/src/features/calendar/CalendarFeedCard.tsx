import { Alert, Button, CopyButton, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconCalendarShare, IconCheck, IconCopy } from '@tabler/icons-react';
import type { CalendarFeedLink } from '@trustcircle/contracts';
import { useState } from 'react';
import { confirmAction } from '../../lib/confirm.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { notifyError, notifySuccess } from '../../lib/notify.ts';
import { useCalendarFeed, useNewCalendarFeed, useRevokeCalendarFeed } from '../../lib/queries/tasks.ts';

/**
 * Subscribing to my work from Google Calendar or Outlook: a secret link, shown once when made.
 * Making a new one retires the old one, which is also how to "see it again".
 */
export function CalendarFeedCard() {
  const feed = useCalendarFeed();
  const create = useNewCalendarFeed();
  const revoke = useRevokeCalendarFeed();
  const [link, setLink] = useState<CalendarFeedLink | null>(null);
  const make = () =>
    create.mutate(undefined, {
      onSuccess: (l) => setLink(l),
      onError: (e) => notifyError(e, 'Could not make a link'),
    });
  const askNew = () =>
    feed.data?.active
      ? confirmAction({
          title: 'Make a new calendar link?',
          message: 'The current link stops working; calendars subscribed to it stop updating.',
          confirmLabel: 'Make a new link',
          danger: false,
          onConfirm: make,
        })
      : make();
  const askRevoke = () =>
    confirmAction({
      title: 'Turn the calendar link off?',
      message: 'Calendars subscribed to it stop updating.',
      confirmLabel: 'Turn off',
      onConfirm: () =>
        revoke.mutate(undefined, {
          onSuccess: () => {
            setLink(null);
            notifySuccess('Calendar link turned off');
          },
          onError: (e) => notifyError(e),
        }),
    });
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="sm">
        <Group gap="xs">
          <IconCalendarShare size={18} />
          <Title order={3} size="h4">
            Your calendar
          </Title>
        </Group>
        <Text size="sm" c="dimmed">
          Check-ins, promise due days, tasks and plan dates in Google Calendar or Outlook, kept up to date.
          The link is secret: anyone who has it can read your schedule.
        </Text>
        {link ? (
          <Alert color="teal" title="Subscribe with this link (shown only now)">
            <Stack gap="xs">
              <Group gap="xs" wrap="nowrap">
                <TextInput
                  value={link.url}
                  readOnly
                  aria-label="Calendar link"
                  style={{ flex: 1 }}
                  onFocus={(e) => e.currentTarget.select()}
                />
                <CopyButton value={link.url}>
                  {({ copied, copy }) => (
                    <Button
                      variant="light"
                      onClick={copy}
                      leftSection={copied ? <IconCheck size={14} /> : <IconCopy size={14} />}
                    >
                      {copied ? 'Copied' : 'Copy'}
                    </Button>
                  )}
                </CopyButton>
              </Group>
              <Text size="xs">
                Google Calendar: Other calendars → + → From URL. Outlook: Add calendar → Subscribe from web.
                Or <a href={link.webcalUrl}>open it in your calendar app</a>.
              </Text>
            </Stack>
          </Alert>
        ) : feed.data?.active ? (
          <Text size="sm">
            Your link is on
            {feed.data.lastReadAt
              ? `; a calendar last read it ${formatDateTime(feed.data.lastReadAt)}`
              : ', but no calendar has read it yet'}
            .
          </Text>
        ) : null}
        <Group>
          <Button
            variant={feed.data?.active ? 'default' : 'filled'}
            onClick={askNew}
            loading={create.isPending}
          >
            {feed.data?.active ? 'Make a new link' : 'Get my calendar link'}
          </Button>
          {feed.data?.active ? (
            <Button variant="subtle" color="red" onClick={askRevoke} loading={revoke.isPending}>
              Turn off
            </Button>
          ) : null}
        </Group>
      </Stack>
    </Paper>
  );
}

import {
  ActionIcon,
  Code,
  CopyButton,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { IconCheck, IconCopy, IconExternalLink } from '@tabler/icons-react';
import type { Resource } from '@trustcircle/contracts';
import { type ReactNode, useState } from 'react';
import { useAccountContacts } from '../../lib/queries/contacts.ts';
import { AccountPicker } from '../contacts/AccountPicker.tsx';
import { personalLink } from './meta.tsx';

export function CopyLinkButton({ value, label }: { value: string; label: string }) {
  return (
    <CopyButton value={value}>
      {({ copied, copy }) => (
        <Tooltip label={copied ? 'Copied' : 'Copy'}>
          <ActionIcon
            variant="default"
            color={copied ? 'teal' : 'gray'}
            onClick={copy}
            aria-label={`Copy the ${label}`}
          >
            {copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
          </ActionIcon>
        </Tooltip>
      )}
    </CopyButton>
  );
}

function LinkRow({
  label,
  url,
  children,
  preview,
}: {
  label: string;
  url: string;
  children: ReactNode;
  /** Opening a tracking link would count a use, so only the rating page offers a preview. */
  preview?: boolean;
}) {
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600}>
        {label}
      </Text>
      <Group gap="xs" wrap="nowrap" align="center">
        <Code
          fz="sm"
          px="sm"
          py={6}
          style={{ flex: 1, minWidth: 0, wordBreak: 'break-all' }}
          data-testid={label.toLowerCase().replace(/\s+/g, '-')}
        >
          {url}
        </Code>
        <CopyLinkButton value={url} label={label.toLowerCase()} />
        {preview ? (
          <Tooltip label="Open the page (nothing is counted)">
            <ActionIcon
              component="a"
              href={url}
              target="_blank"
              rel="noopener noreferrer"
              variant="default"
              aria-label={`Open the ${label.toLowerCase()}`}
            >
              <IconExternalLink size={16} />
            </ActionIcon>
          </Tooltip>
        ) : null}
      </Group>
      <Text size="xs" c="dimmed">
        {children}
      </Text>
    </Stack>
  );
}

/**
 * The two public links of a resource, ready to copy; naming an account (and a person) makes
 * links that count for them, the way a team puts them into an email to one customer.
 */
export function ResourceLinks({ resource }: { resource: Resource }) {
  const [accountId, setAccountId] = useState<string | null>(null);
  const [email, setEmail] = useState<string | null>(null);
  const contacts = useAccountContacts(accountId ?? '');
  const visitor = { account: accountId, contact: email };
  const people = (contacts.data?.data ?? [])
    .filter((c) => c.email)
    .map((c) => ({ value: c.email as string, label: `${c.name} · ${c.email}` }));

  return (
    <Paper withBorder p="md">
      <Title order={2} fz="md">
        Links to share
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        Customers need no login for either link.
      </Text>
      <Stack gap="md">
        <LinkRow label="Tracking link" url={personalLink(resource.trackingUrl, visitor)}>
          Share this instead of the resource's own address: each click counts as a use, then{' '}
          {resource.url
            ? 'opens the resource'
            : 'asks whether it helped (this resource has no address to open)'}
          . To count it for one customer, add <Code fz="xs">?account=&lt;account id or external id&gt;</Code>{' '}
          and optionally <Code fz="xs">&amp;contact=&lt;email&gt;</Code>, or pick them below.
        </LinkRow>
        <LinkRow label="Rating link" url={personalLink(resource.ratingUrl, visitor)} preview>
          Send it after a call or a seminar, or put it at the end of an article: it asks "Was this helpful?"
          (1 to 5, with a comment). Someone who came through the tracking link is remembered; otherwise the
          same <Code fz="xs">?account=…&amp;contact=…</Code> say who answered.
        </LinkRow>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <AccountPicker
            label="Links for one account"
            placeholder="Search accounts (optional)"
            clearable
            value={accountId}
            onChange={(id) => {
              setAccountId(id);
              setEmail(null);
            }}
          />
          <Select
            label="and one person"
            placeholder={
              !accountId
                ? 'Choose the account first'
                : contacts.isSuccess && people.length === 0
                  ? 'No contact with an email'
                  : 'Anyone at the account'
            }
            data={people}
            value={email}
            onChange={setEmail}
            disabled={!accountId || people.length === 0}
            searchable
            clearable
          />
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}

import { ActionIcon, Anchor, Code, CopyButton, Stack, Tabs, Text, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { Link } from 'react-router';

/** The app's own address: the SDKs send to the server that serves this page. */
const origin = () => window.location.origin;

function nodeSnippet(writeKey: string) {
  return `// npm install @segment/analytics-node
import { Analytics } from '@segment/analytics-node';

const analytics = new Analytics({ writeKey: '${writeKey}', host: '${origin()}' });

// The company (an account in Trust Circle), once, and again when its traits change
analytics.group({
  userId: 'user-42',
  groupId: 'acme',
  traits: { name: 'Acme Inc.', domain: 'acme.com', plan: 'pro', mrr: 1200 },
});

// The person (a contact of that account)
analytics.identify({
  userId: 'user-42',
  traits: { name: 'Ada Lovelace', email: 'ada@acme.com' },
});

// What they do in your product
analytics.track({
  userId: 'user-42',
  event: 'Report Created',
  properties: { template: 'weekly' },
  context: { groupId: 'acme' },
});`;
}

function curlSnippet(writeKey: string) {
  return `curl ${origin()}/v1/track \\
  -u '${writeKey}:' \\
  -H 'Content-Type: application/json' \\
  -d '{
    "userId": "user-42",
    "event": "Report Created",
    "context": { "groupId": "acme" }
  }'`;
}

function Snippet({ code, label }: { code: string; label: string }) {
  return (
    <div style={{ position: 'relative' }}>
      <Code block fz="xs" pr={44} style={{ whiteSpace: 'pre', overflowX: 'auto' }} aria-label={label}>
        {code}
      </Code>
      <CopyButton value={code}>
        {({ copied, copy }) => (
          <Tooltip label={copied ? 'Copied' : 'Copy'}>
            <ActionIcon
              variant="default"
              color={copied ? 'teal' : 'gray'}
              onClick={copy}
              aria-label={`Copy the ${label}`}
              pos="absolute"
              top={8}
              right={8}
            >
              {copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
            </ActionIcon>
          </Tooltip>
        )}
      </CopyButton>
    </div>
  );
}

/**
 * How to point a product backend at this server: Segment's own SDKs work unchanged, so the
 * guide is a ready-to-paste snippet with the real write key and address.
 */
export function SendEventsGuide({ writeKey }: { writeKey: string }) {
  return (
    <Stack gap="xs">
      <Text size="sm">
        Trust Circle speaks Segment's HTTP Tracking API, so Segment's and RudderStack's SDKs work as they are:
        give them a write key and this server's address. A <Code>group</Code> call creates or updates the
        account, an <Code>identify</Code> call with a name or email adds the person as a contact, and{' '}
        <Code>track</Code>, <Code>page</Code> and <Code>screen</Code> calls count as usage of the account the
        person belongs to.
      </Text>
      <Tabs defaultValue="node" variant="outline">
        <Tabs.List>
          <Tabs.Tab value="node">Node.js</Tabs.Tab>
          <Tabs.Tab value="curl">curl</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="node" pt="xs">
          <Snippet code={nodeSnippet(writeKey)} label="Node.js example" />
        </Tabs.Panel>
        <Tabs.Panel value="curl" pt="xs">
          <Snippet code={curlSnippet(writeKey)} label="curl example" />
        </Tabs.Panel>
      </Tabs>
      <Text size="xs" c="dimmed">
        Other SDKs take the same two settings (the write key, and <Code>{origin()}</Code> as the API host).
        Events that cannot be stored are listed with their reason under{' '}
        <Anchor component={Link} to="/ingestion/warnings" size="xs">
          ingestion warnings
        </Anchor>
        . The endpoints follow{' '}
        <Anchor
          href="https://segment.com/docs/connections/sources/catalog/libraries/server/http-api/"
          target="_blank"
          rel="noopener noreferrer"
          size="xs"
        >
          Segment's HTTP API
        </Anchor>
        .
      </Text>
    </Stack>
  );
}

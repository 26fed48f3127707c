import { Alert, Code, Text } from '@mantine/core';
import { IconWorldOff } from '@tabler/icons-react';
import { useSession } from '../lib/queries/session.ts';

/**
 * Said before a link goes out that nobody else can open: without TRUSTCIRCLE_BASE_URL, share
 * links and the links in emails start with http://localhost:<port>, which is this server's own
 * machine for whoever opens it. Shows nothing once the address is configured.
 */
export function BaseUrlNotice({ what = 'Links in emails and share links' }: { what?: string }) {
  const { installation } = useSession();
  if (installation.baseUrlConfigured) return null;
  return (
    <Alert
      color="orange"
      variant="light"
      icon={<IconWorldOff size={20} />}
      title="Customers cannot open links to this server yet"
      data-testid="base-url-notice"
    >
      <Text size="sm">
        {what} start with <Code>{installation.baseUrl}</Code>, the address Trust Circle uses when none is
        configured. It only works on the machine the server runs on: a customer or a colleague who opens such
        a link reaches their own computer, not this server.
      </Text>
      <Text size="sm" mt="xs">
        Ask whoever runs Trust Circle to set <Code>TRUSTCIRCLE_BASE_URL</Code> to the address people reach it
        at (for example <Code>https://success.example.com</Code>) and restart it. Links already sent keep the
        old address: send new ones once it is set.
      </Text>
    </Alert>
  );
}

import {
  ActionIcon,
  Anchor,
  Breadcrumbs,
  Button,
  Grid,
  Group,
  Menu,
  Paper,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconDots, IconMail, IconPencil, IconPhone, IconTrash, IconUser } from '@tabler/icons-react';
import type { Contact } from '@trustcircle/contracts';
import { type ReactNode, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { RecordState } from '../components/RecordState.tsx';
import { PrimaryStar, useConfirmDeleteContact } from '../features/contacts/AccountContacts.tsx';
import { ContactFormModal } from '../features/contacts/ContactFormModal.tsx';
import { RoleBadge } from '../features/contacts/RoleBadge.tsx';
import { ContactRapport } from '../features/rapport/ContactRapport.tsx';
import { formatDateTime } from '../lib/format.ts';
import { can } from '../lib/permissions.ts';
import { useContact } from '../lib/queries/contacts.ts';
import { useSession } from '../lib/queries/session.ts';

export function ContactPage() {
  const { id = '' } = useParams();
  const contact = useContact(id);

  if (contact.isPending || contact.isError) {
    return (
      <RecordState
        query={contact}
        icon={<IconUser size={28} />}
        noun="contact"
        notFound="They may have been deleted, or the link is wrong."
        back={{ to: '/contacts', label: 'Back to contacts' }}
        lines={5}
      />
    );
  }

  return <ContactDetails contact={contact.data} />;
}

function Detail({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600} style={{ letterSpacing: '0.04em' }}>
        {label}
      </Text>
      <div>{children}</div>
    </Stack>
  );
}

const none = (
  <Text size="sm" c="dimmed">
    Not set
  </Text>
);

function ContactDetails({ contact: c }: { contact: Contact }) {
  const me = useSession();
  const canWrite = can(me.role, 'data:write');
  const navigate = useNavigate();
  const [editing, setEditing] = useState(false);
  const askDelete = useConfirmDeleteContact();

  return (
    <>
      <Stack gap="md" mb="lg">
        <Breadcrumbs separatorMargin={6}>
          <Anchor component={Link} to="/contacts" size="sm">
            Contacts
          </Anchor>
          <Anchor component={Link} to={`/accounts/${c.accountId}`} size="sm">
            {c.accountName}
          </Anchor>
        </Breadcrumbs>
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={4} style={{ minWidth: 0 }}>
            <Group gap="sm" wrap="wrap">
              <Title order={1} fz={{ base: 24, sm: 28 }} style={{ overflowWrap: 'anywhere' }}>
                {c.name}
              </Title>
              {c.isPrimary ? <PrimaryStar /> : null}
              <RoleBadge role={c.role} />
            </Group>
            <Text c="dimmed" size="sm">
              {c.title ? `${c.title} at ` : 'Works at '}
              <Anchor component={Link} to={`/accounts/${c.accountId}`} size="sm">
                {c.accountName}
              </Anchor>
            </Text>
          </Stack>
          {canWrite ? (
            <Group gap="xs" wrap="nowrap">
              <Button
                variant="default"
                leftSection={<IconPencil size={16} />}
                onClick={() => setEditing(true)}
                visibleFrom="xs"
              >
                Edit contact
              </Button>
              <Menu position="bottom-end" shadow="md" width={200}>
                <Menu.Target>
                  <ActionIcon variant="default" size="lg" aria-label="More actions">
                    <IconDots size={18} />
                  </ActionIcon>
                </Menu.Target>
                <Menu.Dropdown>
                  <Menu.Item
                    leftSection={<IconPencil size={16} />}
                    onClick={() => setEditing(true)}
                    hiddenFrom="xs"
                  >
                    Edit contact
                  </Menu.Item>
                  <Menu.Item
                    color="red"
                    leftSection={<IconTrash size={16} />}
                    onClick={() =>
                      askDelete(c, () => navigate(`/accounts/${c.accountId}?tab=contacts`, { replace: true }))
                    }
                  >
                    Delete contact
                  </Menu.Item>
                </Menu.Dropdown>
              </Menu>
            </Group>
          ) : null}
        </Group>
      </Stack>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Paper withBorder p="md">
            <Stack gap="md">
              <Detail label="Email">
                {c.email ? (
                  <Anchor href={`mailto:${c.email}`} size="sm" style={{ wordBreak: 'break-all' }}>
                    <Group gap={6} wrap="nowrap" component="span">
                      <IconMail size={14} aria-hidden="true" />
                      {c.email}
                    </Group>
                  </Anchor>
                ) : (
                  none
                )}
              </Detail>
              <Detail label="Phone">
                {c.phone ? (
                  <Anchor href={`tel:${c.phone}`} size="sm">
                    <Group gap={6} wrap="nowrap" component="span">
                      <IconPhone size={14} aria-hidden="true" />
                      {c.phone}
                    </Group>
                  </Anchor>
                ) : (
                  none
                )}
              </Detail>
              <Detail label="Job title">{c.title ? <Text size="sm">{c.title}</Text> : none}</Detail>
              <Detail label="Role">
                <RoleBadge role={c.role} />
              </Detail>
              <Detail label="Account">
                <Anchor component={Link} to={`/accounts/${c.accountId}`} size="sm">
                  {c.accountName}
                </Anchor>
              </Detail>
              <Text size="xs" c="dimmed">
                Added {formatDateTime(c.createdAt, me.workspace.timezone)}
                {c.externalId ? ` · external id ${c.externalId}` : ''}
              </Text>
            </Stack>
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8 }}>
          <ContactRapport contactId={c.id} firstName={c.firstName} canWrite={canWrite} />
        </Grid.Col>
      </Grid>
      {canWrite ? <ContactFormModal opened={editing} onClose={() => setEditing(false)} contact={c} /> : null}
    </>
  );
}

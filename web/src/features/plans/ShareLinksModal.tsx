import {
  Alert,
  Badge,
  Button,
  CopyButton,
  Divider,
  Group,
  Modal,
  Paper,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { IconAlertTriangle, IconCheck, IconCopy, IconLink } from '@tabler/icons-react';
import type { Plan, ShareActivityKind, ShareLink, ShareLinkCreated } from '@trustcircle/contracts';
import { useState } from 'react';
import { BaseUrlNotice } from '../../components/BaseUrlNotice.tsx';
import { LoadError } from '../../components/States.tsx';
import { confirmAction } from '../../lib/confirm.tsx';
import { dayjs, formatDate, formatDateTime, fromNow } from '../../lib/format.ts';
import { showFormError } from '../../lib/formErrors.ts';
import { notifyError, notifySuccess } from '../../lib/notify.ts';
import {
  useCreateShareLink,
  useRevokeShareLink,
  useShareActivity,
  useShareLinks,
} from '../../lib/queries/plans.ts';
import { useSession } from '../../lib/queries/session.ts';

const ACTIVITY: Record<ShareActivityKind, string> = {
  viewed: 'opened the plan',
  code_sent: 'asked for a sign-in code',
  code_verified: 'signed in with a code',
  task_done: 'marked a task done',
  task_reopened: 'reopened a task',
  commented: 'commented',
  owner_added: 'added an owner',
  milestone_rated: 'rated a milestone',
};

const LINK_STATUS = {
  active: { label: 'Active', color: 'teal' },
  expired: { label: 'Expired', color: 'gray' },
  revoked: { label: 'Revoked', color: 'red' },
} as const satisfies Record<ShareLink['status'], { label: string; color: string }>;

/**
 * Sharing a plan with the customer: links to its page (each revocable, optionally expiring or
 * asking for a one-time code), the address of a new link shown once, and what the customer did.
 */
export function ShareLinksModal({
  plan,
  canWrite,
  onClose,
}: {
  plan: Plan;
  canWrite: boolean;
  onClose: () => void;
}) {
  const [created, setCreated] = useState<ShareLinkCreated | null>(null);
  return (
    <Modal opened onClose={onClose} title="Share with the customer" size="xl">
      <Stack gap="lg">
        <Text size="sm" c="dimmed">
          The customer opens the plan without signing in: milestones, their tasks and ours, progress and what
          is overdue. Internal tasks are never shown.
        </Text>
        <BaseUrlNotice what="Share links, and the links in reminder emails," />
        {created ? <NewLink link={created} onDone={() => setCreated(null)} /> : null}
        {canWrite && !created ? <CreateLinkForm planId={plan.id} onCreated={setCreated} /> : null}
        <Links planId={plan.id} canWrite={canWrite} />
        <Activity planId={plan.id} />
      </Stack>
    </Modal>
  );
}

function CreateLinkForm({ planId, onCreated }: { planId: string; onCreated: (l: ShareLinkCreated) => void }) {
  const create = useCreateShareLink(planId);
  const form = useForm<{ label: string; expiresOn: string | null; requireCode: boolean }>({
    initialValues: { label: '', expiresOn: null, requireCode: false },
  });
  const submit = form.onSubmit((v) =>
    create.mutate(
      { label: v.label.trim() || null, expiresOn: v.expiresOn, requireCode: v.requireCode },
      {
        onSuccess: (link) => {
          form.reset();
          onCreated(link);
        },
        onError: (e) => showFormError(form, e, 'Could not create the link'),
      },
    ),
  );
  return (
    <Paper withBorder p="md">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={4}>New link</Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label="For"
              description="Who the link is for, to recognise it later"
              placeholder="Acme project team"
              maxLength={200}
              {...form.getInputProps('label')}
            />
            <DateInput
              label="Works until"
              description="The last day it opens (empty: until revoked)"
              placeholder="No end"
              clearable
              minDate={dayjs().format('YYYY-MM-DD')}
              valueFormat="MMM D, YYYY"
              popoverProps={{ withinPortal: true }}
              {...form.getInputProps('expiresOn')}
            />
          </SimpleGrid>
          <Switch
            label="Ask for a one-time code"
            description="Visitors get a code by email, and only the account's contacts' addresses receive one"
            {...form.getInputProps('requireCode', { type: 'checkbox' })}
          />
          <Group justify="flex-end">
            <Button type="submit" leftSection={<IconLink size={16} />} loading={create.isPending}>
              Create link
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

function NewLink({ link, onDone }: { link: ShareLinkCreated; onDone: () => void }) {
  return (
    <Alert color="yellow" variant="light" icon={<IconAlertTriangle size={20} />} title="Copy the link now">
      <Stack gap="sm">
        <Text size="sm">
          This address is shown only once: it is stored in a form that cannot be read back. Anyone who has it
          can open the plan
          {link.requireCode ? ' after proving with a code that they are one of the contacts' : ''}.
        </Text>
        <Group gap="xs" wrap="nowrap">
          <TextInput
            aria-label="Share link"
            value={link.url}
            readOnly
            style={{ flex: 1 }}
            onFocus={(e) => e.currentTarget.select()}
          />
          <CopyButton value={link.url}>
            {({ copied, copy }) => (
              <Button
                color={copied ? 'teal' : undefined}
                leftSection={copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
                onClick={copy}
              >
                {copied ? 'Copied' : 'Copy'}
              </Button>
            )}
          </CopyButton>
        </Group>
        <Group justify="flex-end">
          <Button variant="default" size="xs" onClick={onDone}>
            I have copied it
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}

function Links({ planId, canWrite }: { planId: string; canWrite: boolean }) {
  const me = useSession();
  const links = useShareLinks(planId);
  const revoke = useRevokeShareLink(planId);
  const onRevoke = (l: ShareLink) =>
    confirmAction({
      title: 'Revoke this link?',
      message: `${l.label ?? 'The link'} stops working at once, for everyone who has it. This cannot be undone; you can create a new link.`,
      confirmLabel: 'Revoke link',
      onConfirm: () =>
        revoke.mutate(l.id, {
          onSuccess: () => notifySuccess('Link revoked'),
          onError: (e) => notifyError(e, 'Could not revoke the link'),
        }),
    });
  return (
    <Stack gap="xs">
      <Title order={4}>Links</Title>
      {links.isError ? (
        <LoadError
          error={links.error}
          onRetry={() => void links.refetch()}
          title="Could not load the links"
        />
      ) : links.isPending ? (
        <Text size="sm" c="dimmed">
          Loading…
        </Text>
      ) : links.data.data.length === 0 ? (
        <Text size="sm" c="dimmed">
          No links yet: the plan is not shared.
        </Text>
      ) : (
        links.data.data.map((l) => (
          <Paper key={l.id} withBorder p="sm" data-testid="share-link">
            <Group justify="space-between" align="flex-start" gap="sm">
              <Stack gap={2} style={{ minWidth: 0, flex: '1 1 240px' }}>
                <Group gap={6}>
                  <Text fw={600} size="sm">
                    {l.label ?? (l.contact ? `${l.contact.name}'s link` : 'Untitled link')}
                  </Text>
                  <Badge size="xs" variant="light" color={LINK_STATUS[l.status].color}>
                    {LINK_STATUS[l.status].label}
                  </Badge>
                  {l.requireCode ? (
                    <Badge size="xs" variant="outline" color="gray">
                      Code required
                    </Badge>
                  ) : null}
                </Group>
                <Text size="xs" c="dimmed">
                  Created {formatDate(l.createdAt.slice(0, 10))}
                  {l.createdBy ? ` by ${l.createdBy.name}` : ''}
                  {l.expiresOn ? ` · works until ${formatDate(l.expiresOn)}` : ''}
                  {l.revokedAt ? ` · revoked ${fromNow(l.revokedAt)}` : ''}
                </Text>
                <Text size="xs" c="dimmed">
                  {l.views} {l.views === 1 ? 'view' : 'views'} · {l.actions}{' '}
                  {l.actions === 1 ? 'action' : 'actions'}
                  {l.lastViewedAt
                    ? ` · last opened ${formatDateTime(l.lastViewedAt, me.workspace.timezone)}`
                    : ' · never opened'}
                </Text>
              </Stack>
              {canWrite && l.status === 'active' ? (
                <Button size="xs" variant="light" color="red" onClick={() => onRevoke(l)}>
                  Revoke
                </Button>
              ) : null}
            </Group>
          </Paper>
        ))
      )}
    </Stack>
  );
}

function Activity({ planId }: { planId: string }) {
  const me = useSession();
  const activity = useShareActivity(planId);
  return (
    <Stack gap="xs">
      <Divider />
      <Title order={4}>Customer activity</Title>
      {activity.isError ? (
        <LoadError
          error={activity.error}
          onRetry={() => void activity.refetch()}
          title="Could not load the customer's activity"
        />
      ) : activity.isPending ? (
        <Text size="sm" c="dimmed">
          Loading…
        </Text>
      ) : activity.data.data.length === 0 ? (
        <Text size="sm" c="dimmed">
          Nobody has opened the plan through a link yet.
        </Text>
      ) : (
        <Stack gap={6} data-testid="share-activity">
          {activity.data.data.map((a) => (
            <Group key={a.id} gap="xs" wrap="nowrap" align="flex-start">
              <Text size="xs" c="dimmed" w={150} style={{ flexShrink: 0 }}>
                {formatDateTime(a.at, me.workspace.timezone)}
              </Text>
              <Text size="sm" style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
                <Text span fw={600}>
                  {a.contact?.name ?? 'Someone with the link'}
                </Text>{' '}
                {ACTIVITY[a.kind]}
                {a.detail ? `: ${a.detail}` : ''}
              </Text>
            </Group>
          ))}
        </Stack>
      )}
    </Stack>
  );
}

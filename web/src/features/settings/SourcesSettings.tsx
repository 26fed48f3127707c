import {
  ActionIcon,
  Badge,
  Button,
  Code,
  CopyButton,
  Group,
  Modal,
  Paper,
  Stack,
  Text,
  TextInput,
  Title,
  Tooltip,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertTriangle, IconCheck, IconCopy, IconPlugConnected, IconPlus } from '@tabler/icons-react';
import type { Source } from '@trustcircle/contracts';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';
import { Link } from 'react-router';
import { Empty, LoadError, TableSkeleton } from '../../components/States.tsx';
import { fieldErrors } from '../../lib/api.ts';
import { confirmAction } from '../../lib/confirm.tsx';
import { formatDateTime, fromNow } from '../../lib/format.ts';
import { notifyError, notifySuccess } from '../../lib/notify.ts';
import { useSession } from '../../lib/queries/session.ts';
import { useCreateSource, useRevokeSource, useSources } from '../../lib/queries/usage.ts';
import { SendEventsGuide } from '../usage/SendEventsGuide.tsx';

const PLACEHOLDER_KEY = '<write key>';

function WriteKey({ source }: { source: Source }) {
  return (
    <Group gap={4} wrap="nowrap">
      <Code style={{ whiteSpace: 'nowrap' }} visibleFrom="sm">
        {source.writeKey}
      </Code>
      {/* A phone shows the start of the key; the button still copies all of it. */}
      <Code style={{ whiteSpace: 'nowrap' }} hiddenFrom="sm">
        {source.writeKey.slice(0, 8)}…
      </Code>
      <CopyButton value={source.writeKey}>
        {({ copied, copy }) => (
          <Tooltip label={copied ? 'Copied' : 'Copy write key'}>
            <ActionIcon
              variant="subtle"
              color={copied ? 'teal' : 'gray'}
              onClick={copy}
              aria-label={`Copy the write key of ${source.name}`}
            >
              {copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
            </ActionIcon>
          </Tooltip>
        )}
      </CopyButton>
    </Group>
  );
}

/** Where product events come from: one write key per backend or app (admins). */
export function SourcesSettings() {
  const me = useSession();
  const sources = useSources(true);
  const revoke = useRevokeSource();
  const [creating, setCreating] = useState(false);
  const tz = me.workspace.timezone;

  const askRevoke = (s: Source) =>
    confirmAction({
      title: `Revoke "${s.name}"?`,
      message:
        'Events sent with its write key are refused from now on. The events it already sent stay. This cannot be undone.',
      confirmLabel: 'Revoke source',
      onConfirm: () =>
        revoke.mutate(s.id, {
          onSuccess: () => notifySuccess(`"${s.name}" was revoked`),
          onError: (e) => notifyError(e, 'Could not revoke the source'),
        }),
    });

  const createButton = (
    <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
      Create source
    </Button>
  );
  const active = sources.data?.data.find((s) => !s.revokedAt);

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <div style={{ flex: '1 1 420px' }}>
          <Title order={2} fz="lg">
            Sources
          </Title>
          <Text size="sm" c="dimmed">
            A source is one place that sends product events, such as your backend or your web app. Each has
            its own write key; it only lets its holder send events, so it is safe in browser code.
          </Text>
        </div>
        <Group gap="xs">
          <Button
            component={Link}
            to="/ingestion/warnings"
            variant="default"
            leftSection={<IconAlertTriangle size={16} />}
          >
            Ingestion warnings
          </Button>
          {sources.data?.data.length ? createButton : null}
        </Group>
      </Group>
      {sources.isPending ? (
        <TableSkeleton rows={2} columns={5} />
      ) : sources.isError ? (
        <LoadError
          error={sources.error}
          onRetry={() => void sources.refetch()}
          title="Could not load the sources"
        />
      ) : sources.data.data.length === 0 ? (
        <Paper withBorder>
          <Empty
            icon={<IconPlugConnected size={28} />}
            title="No sources yet"
            description="Create a source for each backend or app that should send usage events, then paste its write key into the Segment SDK there."
            action={createButton}
          />
        </Paper>
      ) : (
        <DataTable<Source>
          withTableBorder
          borderRadius="md"
          verticalSpacing="sm"
          records={sources.data.data}
          idAccessor="id"
          rowStyle={(s) => (s.revokedAt ? { opacity: 0.55 } : undefined)}
          columns={[
            {
              accessor: 'name',
              title: 'Name',
              render: (s) => (
                <Text size="sm" fw={600}>
                  {s.name}
                </Text>
              ),
            },
            {
              accessor: 'writeKey',
              title: 'Write key',
              // A revoked key stays readable (struck through) so it can be found and removed from code.
              render: (s) =>
                s.revokedAt ? (
                  <Code c="dimmed" td="line-through" style={{ whiteSpace: 'nowrap' }}>
                    {s.writeKey.slice(0, 8)}…
                  </Code>
                ) : (
                  <WriteKey source={s} />
                ),
            },
            {
              accessor: 'lastUsedAt',
              title: 'Last used',
              visibleMediaQuery: (t) => `(min-width: ${t.breakpoints.sm})`,
              render: (s) => (
                <Text
                  size="sm"
                  c="dimmed"
                  title={s.lastUsedAt ? formatDateTime(s.lastUsedAt, tz) : undefined}
                >
                  {s.lastUsedAt ? fromNow(s.lastUsedAt) : 'Never'}
                </Text>
              ),
            },
            {
              accessor: 'createdAt',
              title: 'Created',
              visibleMediaQuery: (t) => `(min-width: ${t.breakpoints.md})`,
              render: (s) => (
                <Text size="sm" c="dimmed" title={formatDateTime(s.createdAt, tz)}>
                  {fromNow(s.createdAt)}
                </Text>
              ),
            },
            {
              accessor: 'actions',
              title: '',
              textAlign: 'right',
              render: (s) =>
                s.revokedAt ? (
                  <Badge variant="outline" color="gray">
                    Revoked
                  </Badge>
                ) : (
                  <Button
                    size="xs"
                    variant="subtle"
                    color="red"
                    onClick={() => askRevoke(s)}
                    aria-label={`Revoke ${s.name}`}
                  >
                    Revoke
                  </Button>
                ),
            },
          ]}
        />
      )}
      <Paper withBorder p="md">
        <Title order={3} fz="md" mb="xs">
          Send events
        </Title>
        <SendEventsGuide writeKey={active?.writeKey ?? PLACEHOLDER_KEY} />
      </Paper>
      <CreateSourceModal opened={creating} onClose={() => setCreating(false)} />
    </Stack>
  );
}

function CreateSourceModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const create = useCreateSource();
  const [created, setCreated] = useState<Source | null>(null);
  const form = useForm<{ name: string }>({
    initialValues: { name: '' },
    validate: {
      name: (v) => (v.trim() ? null : 'Name the source after what sends the events, e.g. "Backend"'),
    },
  });
  const close = () => {
    onClose();
    setTimeout(() => {
      setCreated(null);
      form.reset();
      create.reset();
    }, 200);
  };
  const submit = form.onSubmit((v) =>
    create.mutate(
      { name: v.name.trim() },
      {
        onSuccess: setCreated,
        onError: (e) => {
          form.setErrors(fieldErrors(e));
          notifyError(e, 'Could not create the source');
        },
      },
    ),
  );

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={created ? `"${created.name}" is ready` : 'New source'}
      size="xl"
    >
      {created ? (
        <Stack gap="md">
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              Write key
            </Text>
            <WriteKey source={created} />
            <Text size="xs" c="dimmed">
              You can always find it again in this list.
            </Text>
          </Stack>
          <SendEventsGuide writeKey={created.writeKey} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Done
            </Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <TextInput
              label="Name"
              description="What sends the events: a backend, an app, a warehouse sync"
              placeholder="Backend"
              required
              data-autofocus
              {...form.getInputProps('name')}
            />
            <Group justify="flex-end" mt="sm">
              <Button variant="default" onClick={close}>
                Cancel
              </Button>
              <Button type="submit" loading={create.isPending}>
                Create source
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}

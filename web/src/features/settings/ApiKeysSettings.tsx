import {
  Alert,
  Anchor,
  Badge,
  Button,
  Code,
  CopyButton,
  Group,
  Modal,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertTriangle, IconCheck, IconCopy, IconKey, IconPlus } from '@tabler/icons-react';
import type { ApiKey, ApiKeyScope } from '@trustcircle/contracts';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';
import { Empty, LoadError, TableSkeleton } from '../../components/States.tsx';
import { confirmAction } from '../../lib/confirm.tsx';
import { formatDateTime, fromNow } from '../../lib/format.ts';
import { notifyError, notifySuccess } from '../../lib/notify.ts';
import { useSession } from '../../lib/queries/session.ts';
import { useApiKeys, useCreateApiKey, useRevokeApiKey } from '../../lib/queries/workspace.ts';

const SCOPE_LABEL: Record<ApiKeyScope, string> = { read: 'Read only', read_write: 'Read & write' };

export function ApiKeysSettings() {
  const me = useSession();
  const keys = useApiKeys(true);
  const revoke = useRevokeApiKey();
  const [creating, setCreating] = useState(false);

  const askRevoke = (k: ApiKey) =>
    confirmAction({
      title: `Revoke "${k.name}"?`,
      message: 'Anything using this key stops working at once. This cannot be undone.',
      confirmLabel: 'Revoke key',
      onConfirm: () =>
        revoke.mutate(k.id, {
          onSuccess: () => notifySuccess(`"${k.name}" was revoked`),
          onError: (e) => notifyError(e, 'Could not revoke the key'),
        }),
    });

  const createButton = (
    <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
      Create API key
    </Button>
  );

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <div style={{ flex: '1 1 420px' }}>
          <Title order={2} fz="lg">
            API keys
          </Title>
          <Text size="sm" c="dimmed">
            Let scripts and other systems use the REST API as this workspace. Send a key as{' '}
            <Code>Authorization: Bearer …</Code>; the docs are at{' '}
            <Anchor href="/api/docs" target="_blank" rel="noopener">
              /api/docs
            </Anchor>
            .
          </Text>
        </div>
        {keys.data?.data.length ? createButton : null}
      </Group>
      {keys.isPending ? (
        <TableSkeleton rows={3} columns={5} />
      ) : keys.isError ? (
        <LoadError error={keys.error} onRetry={() => void keys.refetch()} title="Could not load API keys" />
      ) : keys.data.data.length === 0 ? (
        <Paper withBorder>
          <Empty
            icon={<IconKey size={28} />}
            title="No API keys"
            description="Create a key to import data from your CRM, sync from a warehouse, or script Trust Circle."
            action={createButton}
          />
        </Paper>
      ) : (
        <DataTable<ApiKey>
          withTableBorder
          borderRadius="md"
          verticalSpacing="sm"
          records={keys.data.data}
          idAccessor="id"
          rowStyle={(k) => (k.revokedAt ? { opacity: 0.55 } : undefined)}
          columns={[
            {
              accessor: 'name',
              title: 'Name',
              render: (k) => (
                <Stack gap={0}>
                  <Text size="sm" fw={600}>
                    {k.name}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {k.createdBy ? `by ${k.createdBy.name}, ` : ''}
                    {fromNow(k.createdAt)}
                  </Text>
                </Stack>
              ),
            },
            {
              accessor: 'prefix',
              title: 'Key',
              visibleMediaQuery: (t) => `(min-width: ${t.breakpoints.sm})`,
              render: (k) => <Code>{k.prefix}…</Code>,
            },
            {
              accessor: 'scope',
              title: 'Scope',
              render: (k) => (
                <Badge variant="light" color={k.scope === 'read' ? 'gray' : 'brand'}>
                  {SCOPE_LABEL[k.scope]}
                </Badge>
              ),
            },
            {
              accessor: 'lastUsedAt',
              title: 'Last used',
              visibleMediaQuery: (t) => `(min-width: ${t.breakpoints.md})`,
              render: (k) => (
                <Text size="sm" c="dimmed" title={formatDateTime(k.lastUsedAt, me.workspace.timezone)}>
                  {k.lastUsedAt ? fromNow(k.lastUsedAt) : 'Never'}
                </Text>
              ),
            },
            {
              accessor: 'actions',
              title: '',
              textAlign: 'right',
              render: (k) =>
                k.revokedAt ? (
                  <Badge variant="outline" color="gray">
                    Revoked
                  </Badge>
                ) : (
                  <Button
                    size="xs"
                    variant="subtle"
                    color="red"
                    onClick={() => askRevoke(k)}
                    aria-label={`Revoke ${k.name}`}
                  >
                    Revoke
                  </Button>
                ),
            },
          ]}
        />
      )}
      <CreateApiKeyModal opened={creating} onClose={() => setCreating(false)} />
    </Stack>
  );
}

function CreateApiKeyModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const create = useCreateApiKey();
  const [created, setCreated] = useState<(ApiKey & { key: string }) | null>(null);
  const form = useForm<{ name: string; scope: ApiKeyScope }>({
    initialValues: { name: '', scope: 'read_write' },
    validate: { name: (v) => (v.trim() ? null : 'Name the key after what will use it, e.g. "CRM sync"') },
  });
  const close = () => {
    onClose();
    // Forget the secret as soon as the dialog closes.
    setTimeout(() => {
      setCreated(null);
      form.reset();
      create.reset();
    }, 200);
  };
  const submit = form.onSubmit((v) =>
    create.mutate(
      { name: v.name.trim(), scope: v.scope },
      { onSuccess: setCreated, onError: (e) => notifyError(e, 'Could not create the key') },
    ),
  );

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={created ? 'Your new key' : 'New API key'}
      size="lg"
      // Once the key is shown, a stray click outside must not lose it.
      closeOnClickOutside={!created}
    >
      {created ? (
        <Stack gap="md">
          <Alert
            color="yellow"
            icon={<IconAlertTriangle size={18} />}
            title="This is the only time the key is shown"
          >
            Copy it now and keep it somewhere safe, such as your secrets manager. If you lose it, revoke it
            and create a new one.
          </Alert>
          <Group gap="xs" wrap="nowrap" align="stretch">
            <TextInput
              aria-label="Secret key"
              value={created.key}
              readOnly
              onFocus={(e) => e.currentTarget.select()}
              style={{ flex: 1 }}
              styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
              data-autofocus
            />
            <CopyButton value={created.key}>
              {({ copied, copy }) => (
                <Button
                  onClick={copy}
                  color={copied ? 'teal' : undefined}
                  leftSection={copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
                >
                  {copied ? 'Copied' : 'Copy key'}
                </Button>
              )}
            </CopyButton>
          </Group>
          <Text size="sm" c="dimmed">
            {created.name} · {SCOPE_LABEL[created.scope]}
          </Text>
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
              placeholder="CRM sync"
              required
              data-autofocus
              {...form.getInputProps('name')}
            />
            <Stack gap={4}>
              <Text size="sm" fw={500} id="scope-label">
                Scope
              </Text>
              <SegmentedControl
                aria-labelledby="scope-label"
                data={[
                  { value: 'read_write', label: 'Read & write' },
                  { value: 'read', label: 'Read only' },
                ]}
                {...form.getInputProps('scope')}
              />
              <Text size="xs" c="dimmed">
                Keys work on accounts, contacts, rapport and the timeline; never on members, keys or settings.
              </Text>
            </Stack>
            <Group justify="flex-end" mt="sm">
              <Button variant="default" onClick={close}>
                Cancel
              </Button>
              <Button type="submit" loading={create.isPending}>
                Create key
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}

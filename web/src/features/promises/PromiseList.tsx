import { ActionIcon, Anchor, Button, Group, Menu, Paper, Stack, Text } from '@mantine/core';
import {
  IconCalendarRepeat,
  IconCircleCheck,
  IconDots,
  IconHistory,
  IconPencil,
  IconRotate,
  IconTrash,
} from '@tabler/icons-react';
import type { PromiseItem } from '@trustcircle/contracts';
import { useState } from 'react';
import { Link } from 'react-router';
import { Linkify } from '../../components/Linkify.tsx';
import { confirmAction } from '../../lib/confirm.tsx';
import { formatDate } from '../../lib/format.ts';
import { notifyError, notifySuccess } from '../../lib/notify.ts';
import { useDeletePromise, useReopenPromise } from '../../lib/queries/promises.ts';
import { isActivePromise, PROMISE_KIND_LABEL, PROMISE_SOURCE_LABEL } from './meta.ts';
import { PromiseFormModal } from './PromiseFormModal.tsx';
import { PromiseHistoryList } from './PromiseHistoryList.tsx';
import { PromiseStatusBadge } from './PromiseStatusBadge.tsx';
import { type PromiseAction, ResolvePromiseModal } from './ResolvePromiseModal.tsx';

/** Promises as rows: what, to whom, by when, and what to do next with each. */
export function PromiseList({
  promises,
  canWrite,
  showAccount,
}: {
  promises: PromiseItem[];
  canWrite: boolean;
  showAccount?: boolean;
}) {
  return (
    <Stack gap="xs">
      {promises.map((p) => (
        <PromiseRow key={p.id} promise={p} canWrite={canWrite} showAccount={!!showAccount} />
      ))}
    </Stack>
  );
}

function PromiseRow({
  promise: p,
  canWrite,
  showAccount,
}: {
  promise: PromiseItem;
  canWrite: boolean;
  showAccount: boolean;
}) {
  const [action, setAction] = useState<PromiseAction | null>(null);
  const [editing, setEditing] = useState(false);
  const [history, setHistory] = useState(false);
  const reopen = useReopenPromise(p.id);
  const remove = useDeletePromise();
  const active = isActivePromise(p);
  const who = [p.owner ? `by ${p.owner.name}` : null, p.contact ? `to ${p.contact.name}` : null]
    .filter(Boolean)
    .join(' ');
  const onReopen = () =>
    confirmAction({
      title: 'Reopen this promise?',
      message: 'It counts as open again until it is delivered or broken.',
      confirmLabel: 'Reopen',
      danger: false,
      onConfirm: () =>
        reopen.mutate(
          { note: 'Reopened' },
          { onSuccess: () => notifySuccess('Promise reopened'), onError: (e) => notifyError(e) },
        ),
    });
  const onDelete = () =>
    confirmAction({
      title: 'Delete this promise?',
      message: 'Only for an entry made by mistake. A promise that was not kept should be closed as broken.',
      confirmLabel: 'Delete',
      danger: true,
      onConfirm: () =>
        remove.mutate(p.id, {
          onSuccess: () => notifySuccess('Promise deleted'),
          onError: (e) => notifyError(e),
        }),
    });
  return (
    <Paper withBorder p="sm" radius="md" data-testid="promise-row">
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
        <Stack gap={4} style={{ minWidth: 0 }}>
          <Text fw={600} size="sm">
            {p.title}
          </Text>
          <Group gap="xs">
            <PromiseStatusBadge promise={p} />
            <Text size="xs" c="dimmed">
              {active
                ? `Due ${formatDate(p.dueOn)}`
                : `${formatDate(p.resolvedOn)} · was due ${formatDate(p.dueOn)}`}
              {' · '}
              {PROMISE_KIND_LABEL[p.kind]} · {PROMISE_SOURCE_LABEL[p.source]}
              {who ? ` · ${who}` : ''}
            </Text>
          </Group>
          {showAccount ? (
            <Anchor component={Link} to={`/accounts/${p.account.id}?tab=promises`} size="sm">
              {p.account.name}
            </Anchor>
          ) : null}
          {p.evidence ? (
            <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }} data-testid="promise-evidence">
              Evidence: <Linkify text={p.evidence} />
            </Text>
          ) : null}
        </Stack>
        <Group gap={4} wrap="nowrap">
          {canWrite && active ? (
            <Button
              size="xs"
              variant="light"
              leftSection={<IconCircleCheck size={14} />}
              onClick={() => setAction('resolve')}
            >
              Close
            </Button>
          ) : null}
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <ActionIcon variant="subtle" color="gray" aria-label={`More for ${p.title}`}>
                <IconDots size={16} />
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item leftSection={<IconHistory size={14} />} onClick={() => setHistory((h) => !h)}>
                {history ? 'Hide history' : 'History'}
              </Menu.Item>
              {canWrite && active ? (
                <Menu.Item
                  leftSection={<IconCalendarRepeat size={14} />}
                  onClick={() => setAction('renegotiate')}
                >
                  Renegotiate
                </Menu.Item>
              ) : null}
              {canWrite && !active ? (
                <Menu.Item leftSection={<IconRotate size={14} />} onClick={onReopen}>
                  Reopen
                </Menu.Item>
              ) : null}
              {canWrite ? (
                <>
                  <Menu.Item leftSection={<IconPencil size={14} />} onClick={() => setEditing(true)}>
                    Edit
                  </Menu.Item>
                  <Menu.Item color="red" leftSection={<IconTrash size={14} />} onClick={onDelete}>
                    Delete
                  </Menu.Item>
                </>
              ) : null}
            </Menu.Dropdown>
          </Menu>
        </Group>
      </Group>
      {history ? (
        <Stack mt="sm" pl="xs">
          <PromiseHistoryList promiseId={p.id} />
        </Stack>
      ) : null}
      {action ? <ResolvePromiseModal promise={p} action={action} onClose={() => setAction(null)} /> : null}
      {editing ? (
        <PromiseFormModal accountId={p.account.id} promise={p} opened onClose={() => setEditing(false)} />
      ) : null}
    </Paper>
  );
}

import { ActionIcon, Anchor, Button, Group, Menu, Paper, Stack, Text } from '@mantine/core';
import { IconDots, IconHistory, IconPencil, IconProgressCheck } from '@tabler/icons-react';
import type { Need } from '@trustcircle/contracts';
import { useState } from 'react';
import { Link } from 'react-router';
import { formatDate } from '../../lib/format.ts';
import { NEED_SOURCE_LABEL } from './meta.ts';
import { NeedPriorityBadge, NeedStatusBadge } from './NeedBadges.tsx';
import { NeedFormModal } from './NeedFormModal.tsx';
import { NeedHistoryList } from './NeedHistoryList.tsx';
import { NeedStatusModal } from './NeedStatusModal.tsx';

/** Needs as rows: what, how important, where it stands, and its history on demand. */
export function NeedList({
  needs,
  canWrite,
  showAccount,
}: {
  needs: Need[];
  canWrite: boolean;
  showAccount?: boolean;
}) {
  return (
    <Stack gap="xs">
      {needs.map((n) => (
        <NeedRow key={n.id} need={n} canWrite={canWrite} showAccount={!!showAccount} />
      ))}
    </Stack>
  );
}

function NeedRow({
  need: n,
  canWrite,
  showAccount,
}: {
  need: Need;
  canWrite: boolean;
  showAccount: boolean;
}) {
  const [editing, setEditing] = useState(false);
  const [assessing, setAssessing] = useState(false);
  const [history, setHistory] = useState(false);
  const facts = [
    `${NEED_SOURCE_LABEL[n.source]}, ${formatDate(n.createdAt.slice(0, 10))}`,
    n.owner ? `owner ${n.owner.name}` : null,
    n.lastAssessedAt ? `last looked at ${formatDate(n.lastAssessedAt.slice(0, 10))}` : null,
  ].filter(Boolean);
  return (
    <Paper withBorder p="sm" radius="md" data-testid="need-row">
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
        <Stack gap={4} style={{ minWidth: 0 }}>
          <Text fw={600} size="sm">
            {n.title}
          </Text>
          {n.detail ? (
            <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap' }} lineClamp={3}>
              {n.detail}
            </Text>
          ) : null}
          <Group gap="xs">
            <NeedStatusBadge status={n.status} />
            <NeedPriorityBadge priority={n.priority} />
            <Text size="xs" c="dimmed">
              {facts.join(' · ')}
            </Text>
          </Group>
          {showAccount ? (
            <Anchor component={Link} to={`/accounts/${n.account.id}?tab=checkins`} size="sm">
              {n.account.name}
            </Anchor>
          ) : null}
        </Stack>
        <Group gap={4} wrap="nowrap">
          {canWrite ? (
            <Button
              size="xs"
              variant="light"
              leftSection={<IconProgressCheck size={14} />}
              onClick={() => setAssessing(true)}
            >
              Status
            </Button>
          ) : null}
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <ActionIcon variant="subtle" color="gray" aria-label={`More for ${n.title}`}>
                <IconDots size={16} />
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item leftSection={<IconHistory size={14} />} onClick={() => setHistory((h) => !h)}>
                {history ? 'Hide history' : 'History'}
              </Menu.Item>
              {canWrite ? (
                <Menu.Item leftSection={<IconPencil size={14} />} onClick={() => setEditing(true)}>
                  Edit
                </Menu.Item>
              ) : null}
            </Menu.Dropdown>
          </Menu>
        </Group>
      </Group>
      {history ? (
        <Stack mt="sm" pl="xs">
          <NeedHistoryList needId={n.id} />
        </Stack>
      ) : null}
      {assessing ? <NeedStatusModal need={n} onClose={() => setAssessing(false)} /> : null}
      {editing ? (
        <NeedFormModal accountId={n.account.id} need={n} opened onClose={() => setEditing(false)} />
      ) : null}
    </Paper>
  );
}

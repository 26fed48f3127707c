import {
  ActionIcon,
  Anchor,
  Breadcrumbs,
  Button,
  Group,
  Menu,
  Stack,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import {
  IconArrowsExchange,
  IconDots,
  IconExternalLink,
  IconPencil,
  IconTransfer,
  IconTrash,
} from '@tabler/icons-react';
import type { Account } from '@trustcircle/contracts';
import { Link, useNavigate } from 'react-router';
import { confirmAction } from '../../lib/confirm.tsx';
import { formatDate } from '../../lib/format.ts';
import { notifyError, notifySuccess } from '../../lib/notify.ts';
import { can } from '../../lib/permissions.ts';
import { useDeleteAccount } from '../../lib/queries/accounts.ts';
import { useSession } from '../../lib/queries/session.ts';
import { PhaseBadge } from '../lifecycle/PhaseBadge.tsx';
import { StageChangeModal } from '../lifecycle/StageChangeModal.tsx';
import { AccountEditModal } from './AccountEditModal.tsx';
import { StageBadge } from './StageBadge.tsx';

export function AccountHeader({ account }: { account: Account }) {
  const me = useSession();
  const navigate = useNavigate();
  const remove = useDeleteAccount();
  const [moving, move] = useDisclosure(false);
  const [editing, edit] = useDisclosure(false);
  const canEdit = can(me.role, 'data:write');

  const askDelete = () =>
    confirmAction({
      title: `Delete ${account.name}?`,
      message: `This deletes the account with its ${account.contactsCount} ${account.contactsCount === 1 ? 'contact' : 'contacts'}, their rapport facts and the timeline. It cannot be undone.`,
      confirmLabel: 'Delete account',
      onConfirm: () =>
        remove.mutate(account.id, {
          onSuccess: () => {
            notifySuccess(`${account.name} was deleted`);
            navigate('/accounts', { replace: true });
          },
          onError: (e) => notifyError(e, 'Could not delete the account'),
        }),
    });

  return (
    <Stack gap="md" mb="lg">
      <Breadcrumbs separatorMargin={6}>
        <Anchor component={Link} to="/accounts" size="sm">
          Accounts
        </Anchor>
        <Text size="sm" c="dimmed" truncate="end" maw={260}>
          {account.name}
        </Text>
      </Breadcrumbs>
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
        <Title order={1} fz={{ base: 24, sm: 28 }} lh={1.2} style={{ overflowWrap: 'anywhere', minWidth: 0 }}>
          {account.name}
        </Title>
        <Group gap="xs" wrap="nowrap">
          {canEdit && ['stranger', 'prospect', 'churned'].includes(account.stage) ? (
            <Button
              component={Link}
              to={`/accounts/${account.id}/handoff`}
              visibleFrom="sm"
              leftSection={<IconTransfer size={16} />}
            >
              Hand over from sales
            </Button>
          ) : null}
          {canEdit && ['stranger', 'prospect', 'churned'].includes(account.stage) ? (
            <ActionIcon
              component={Link}
              to={`/accounts/${account.id}/handoff`}
              variant="filled"
              size="lg"
              hiddenFrom="sm"
              aria-label="Hand over from sales"
            >
              <IconTransfer size={18} />
            </ActionIcon>
          ) : null}
          {canEdit ? (
            <>
              <Button
                variant="default"
                visibleFrom="sm"
                leftSection={<IconArrowsExchange size={16} />}
                onClick={move.open}
              >
                Change stage
              </Button>
              <ActionIcon
                variant="default"
                size="lg"
                hiddenFrom="sm"
                aria-label="Change stage"
                onClick={move.open}
              >
                <IconArrowsExchange size={18} />
              </ActionIcon>
              <Button
                variant="default"
                visibleFrom="sm"
                leftSection={<IconPencil size={16} />}
                onClick={edit.open}
              >
                Edit
              </Button>
              <ActionIcon variant="default" size="lg" hiddenFrom="sm" aria-label="Edit" onClick={edit.open}>
                <IconPencil size={18} />
              </ActionIcon>
            </>
          ) : null}
          {can(me.role, 'accounts:delete') ? (
            <Menu position="bottom-end" shadow="md" width={200}>
              <Menu.Target>
                <ActionIcon variant="default" size="lg" aria-label="More actions">
                  <IconDots size={18} />
                </ActionIcon>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item color="red" leftSection={<IconTrash size={16} />} onClick={askDelete}>
                  Delete account
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          ) : null}
        </Group>
      </Group>
      {/* Under the name and the actions, so on a phone the badges have the whole width. */}
      <Group gap="xs" align="center" wrap="wrap" mt={-6}>
        <Tooltip
          label={account.stageSince ? `Since ${formatDate(account.stageSince)}` : 'On the Trust Circle'}
        >
          <StageBadge stage={account.stage} size="lg" />
        </Tooltip>
        {account.phase ? <PhaseBadge phase={account.phase} since={account.phaseSince} size="lg" /> : null}
        {account.domain ? (
          <Anchor
            href={`https://${account.domain}`}
            target="_blank"
            rel="noopener noreferrer"
            size="sm"
            c="dimmed"
            ml={4}
            style={{ overflowWrap: 'anywhere' }}
          >
            {account.domain}
            {/* Inline, so a domain that wraps on a phone keeps the icon beside its last line. */}
            <IconExternalLink
              size={14}
              aria-hidden="true"
              style={{ marginLeft: 4, verticalAlign: '-2px', display: 'inline' }}
            />
          </Anchor>
        ) : null}
      </Group>
      <StageChangeModal
        key={`${account.stage}-${account.phase}`}
        account={account}
        opened={moving}
        onClose={move.close}
      />
      {canEdit ? <AccountEditModal account={account} opened={editing} onClose={edit.close} /> : null}
    </Stack>
  );
}

import {
  ActionIcon,
  Anchor,
  Breadcrumbs,
  Button,
  Group,
  Menu,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconArrowsExchange, IconDots, IconExternalLink, IconTransfer, IconTrash } from '@tabler/icons-react';
import type { Account } from '@trustcircle/contracts';
import type { ReactNode } from 'react';
import { Link, useNavigate } from 'react-router';
import { confirmAction } from '../../lib/confirm.tsx';
import { formatDate, formatMoney, renewalStatus } from '../../lib/format.ts';
import { notifyError, notifySuccess } from '../../lib/notify.ts';
import { can } from '../../lib/permissions.ts';
import { useDeleteAccount } from '../../lib/queries/accounts.ts';
import { useSession } from '../../lib/queries/session.ts';
import { PhaseBadge } from '../lifecycle/PhaseBadge.tsx';
import { StageChangeModal } from '../lifecycle/StageChangeModal.tsx';
import { TIER_LABEL } from './meta.ts';
import { StageBadge } from './StageBadge.tsx';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2} style={{ minWidth: 0 }}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600} style={{ letterSpacing: '0.04em' }}>
        {label}
      </Text>
      <div>{children}</div>
    </Stack>
  );
}

export function AccountHeader({ account }: { account: Account }) {
  const me = useSession();
  const navigate = useNavigate();
  const remove = useDeleteAccount();
  const currency = me.workspace.currency;
  const renewal = renewalStatus(account.renewalDate, account.stage);
  const [moving, move] = useDisclosure(false);

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
        <Stack gap={6} style={{ minWidth: 0 }}>
          <Group gap="sm" align="center" wrap="wrap">
            <Title order={1} fz={{ base: 24, sm: 28 }} lh={1.2} style={{ overflowWrap: 'anywhere' }}>
              {account.name}
            </Title>
            <Tooltip
              label={account.stageSince ? `Since ${formatDate(account.stageSince)}` : 'On the Trust Circle'}
            >
              <StageBadge stage={account.stage} size="lg" />
            </Tooltip>
            {account.phase ? <PhaseBadge phase={account.phase} since={account.phaseSince} size="lg" /> : null}
          </Group>
          {account.domain ? (
            <Anchor
              href={`https://${account.domain}`}
              target="_blank"
              rel="noopener noreferrer"
              size="sm"
              c="dimmed"
            >
              <Group gap={4} wrap="nowrap" component="span">
                {account.domain}
                <IconExternalLink size={14} aria-hidden="true" />
              </Group>
            </Anchor>
          ) : null}
        </Stack>
        <Group gap="xs" wrap="nowrap">
          {can(me.role, 'data:write') && ['stranger', 'prospect', 'churned'].includes(account.stage) ? (
            <Button
              component={Link}
              to={`/accounts/${account.id}/handoff`}
              visibleFrom="sm"
              leftSection={<IconTransfer size={16} />}
            >
              Hand over from sales
            </Button>
          ) : null}
          {can(me.role, 'data:write') && ['stranger', 'prospect', 'churned'].includes(account.stage) ? (
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
          {can(me.role, 'data:write') ? (
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
      <StageChangeModal
        key={`${account.stage}-${account.phase}`}
        account={account}
        opened={moving}
        onClose={move.close}
      />
      <Paper withBorder p="md">
        <SimpleGrid cols={{ base: 2, sm: 3, md: 5 }} spacing="lg" verticalSpacing="md">
          <Fact label="Owner">
            <Text size="sm" fw={500} c={account.owner ? undefined : 'dimmed'} truncate="end">
              {account.owner?.name ?? 'No owner'}
            </Text>
          </Fact>
          <Fact label="Tier">
            <Text size="sm" fw={500} c={account.tier ? undefined : 'dimmed'}>
              {account.tier ? TIER_LABEL[account.tier] : 'Not set'}
            </Text>
          </Fact>
          <Fact label="ARR">
            <Text size="sm" fw={600} style={{ fontVariantNumeric: 'tabular-nums' }}>
              {formatMoney(account.arr, currency)}
            </Text>
          </Fact>
          <Fact label="MRR">
            <Text size="sm" fw={500} style={{ fontVariantNumeric: 'tabular-nums' }}>
              {formatMoney(account.mrr, currency)}
            </Text>
          </Fact>
          <Fact label="Renewal">
            {renewal ? (
              <Text size="sm" fw={500}>
                {formatDate(account.renewalDate)}{' '}
                <Text
                  span
                  size="sm"
                  c={renewal.color === 'gray' ? 'dimmed' : `${renewal.color}.8`}
                  fw={renewal.days < 0 ? 600 : 400}
                >
                  ({renewal.label})
                </Text>
              </Text>
            ) : (
              <Text size="sm" c="dimmed">
                Not set
              </Text>
            )}
          </Fact>
        </SimpleGrid>
      </Paper>
    </Stack>
  );
}

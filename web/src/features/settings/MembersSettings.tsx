import { Avatar, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconMailForward, IconUserPlus } from '@tabler/icons-react';
import type { Invitation, Member, Role } from '@trustcircle/contracts';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';
import { ChoiceSelect } from '../../components/ChoiceSelect.tsx';
import { LoadError, TableSkeleton } from '../../components/States.tsx';
import { confirmAction } from '../../lib/confirm.tsx';
import { formatDateTime, fromNow, initials } from '../../lib/format.ts';
import { notifyError, notifySuccess } from '../../lib/notify.ts';
import { can, ROLE_LABEL, ROLE_OPTIONS } from '../../lib/permissions.ts';
import { useSession } from '../../lib/queries/session.ts';
import {
  useInvitations,
  useMembers,
  useRevokeInvitation,
  useUpdateMember,
} from '../../lib/queries/workspace.ts';
import { InviteModal } from './InviteModal.tsx';

const INVITATION_COLOR: Record<Invitation['status'], string> = {
  pending: 'blue',
  accepted: 'teal',
  revoked: 'gray',
  expired: 'orange',
};

export function MembersSettings() {
  const me = useSession();
  const canManage = can(me.role, 'members:manage');
  const members = useMembers();
  const update = useUpdateMember();
  const [inviting, setInviting] = useState(false);

  const changeRole = (m: Member, role: Role) =>
    update.mutate(
      { id: m.id, input: { role } },
      {
        onSuccess: () => notifySuccess(`${m.name}'s role is now ${ROLE_LABEL[role]}`),
        onError: (e) => notifyError(e, 'Could not change the role'),
      },
    );
  const setStatus = (m: Member, status: Member['status']) => {
    const run = () =>
      update.mutate(
        { id: m.id, input: { status } },
        {
          onSuccess: () =>
            notifySuccess(status === 'active' ? `${m.name} can sign in again` : `${m.name} was deactivated`),
          onError: (e) => notifyError(e, 'Could not change the member'),
        },
      );
    if (status === 'deactivated') {
      confirmAction({
        title: `Deactivate ${m.name}?`,
        message: `${m.name} will be signed out and cannot sign in to this workspace until reactivated. Their accounts and notes stay as they are.`,
        confirmLabel: 'Deactivate',
        onConfirm: run,
      });
    } else run();
  };

  return (
    <Stack gap="xl">
      <Stack gap="sm">
        <Group justify="space-between">
          <div>
            <Title order={2} fz="lg">
              Members
            </Title>
            <Text size="sm" c="dimmed">
              People who can sign in to this workspace.
            </Text>
          </div>
          {canManage ? (
            <Button leftSection={<IconUserPlus size={16} />} onClick={() => setInviting(true)}>
              Invite member
            </Button>
          ) : null}
        </Group>
        {members.isPending ? (
          <TableSkeleton rows={3} columns={4} />
        ) : members.isError ? (
          <LoadError
            error={members.error}
            onRetry={() => void members.refetch()}
            title="Could not load members"
          />
        ) : (
          <DataTable<Member>
            withTableBorder
            borderRadius="md"
            verticalSpacing="sm"
            records={members.data.data}
            idAccessor="id"
            rowStyle={(m) => (m.status === 'deactivated' ? { opacity: 0.6 } : undefined)}
            columns={[
              {
                accessor: 'name',
                title: 'Member',
                render: (m) => (
                  <Group gap="sm" wrap="nowrap">
                    <Avatar size={32} radius="xl" color="brand">
                      {initials(m.name)}
                    </Avatar>
                    {/* Capped, so a long address is cut here rather than widening the column
                        past the section and pushing the row's actions out of sight. */}
                    <Stack gap={0} style={{ minWidth: 0, maxWidth: 190 }}>
                      <Text size="sm" fw={600}>
                        {m.name}
                        {m.id === me.user.id ? (
                          <Text span size="xs" c="dimmed" fw={400}>
                            {' '}
                            (you)
                          </Text>
                        ) : null}
                      </Text>
                      <Text size="xs" c="dimmed" truncate="end" title={m.email}>
                        {m.email}
                      </Text>
                    </Stack>
                  </Group>
                ),
              },
              {
                accessor: 'role',
                title: 'Role',
                width: 150,
                render: (m) =>
                  canManage && m.id !== me.user.id ? (
                    <ChoiceSelect
                      aria-label={`Role of ${m.name}`}
                      data={ROLE_OPTIONS}
                      value={m.role}
                      size="xs"
                      w={130}
                      onChange={(r) => r && r !== m.role && changeRole(m, r as Role)}
                    />
                  ) : (
                    <Badge variant="light" color="gray">
                      {ROLE_LABEL[m.role]}
                    </Badge>
                  ),
              },
              {
                accessor: 'status',
                title: 'Status',
                // Room for "Deactivated": a badge squeezed by the table cuts its own word.
                width: 130,
                visibleMediaQuery: (t) => `(min-width: ${t.breakpoints.sm})`,
                render: (m) => (
                  <Badge variant="dot" color={m.status === 'active' ? 'teal' : 'gray'}>
                    {m.status === 'active' ? 'Active' : 'Deactivated'}
                  </Badge>
                ),
              },
              {
                accessor: 'lastLoginAt',
                title: 'Last sign-in',
                visibleMediaQuery: (t) => `(min-width: ${t.breakpoints.md})`,
                render: (m) => (
                  <Text size="sm" c="dimmed" title={formatDateTime(m.lastLoginAt, me.workspace.timezone)}>
                    {m.lastLoginAt ? fromNow(m.lastLoginAt) : 'Never'}
                  </Text>
                ),
              },
              {
                accessor: 'actions',
                title: '',
                textAlign: 'right',
                hidden: !canManage,
                render: (m) =>
                  m.id === me.user.id ? null : m.status === 'active' ? (
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      onClick={() => setStatus(m, 'deactivated')}
                    >
                      Deactivate
                    </Button>
                  ) : (
                    <Button size="xs" variant="subtle" onClick={() => setStatus(m, 'active')}>
                      Reactivate
                    </Button>
                  ),
              },
            ]}
          />
        )}
      </Stack>
      {canManage ? <Invitations /> : null}
      {canManage ? <InviteModal opened={inviting} onClose={() => setInviting(false)} /> : null}
    </Stack>
  );
}

function Invitations() {
  const me = useSession();
  const invitations = useInvitations(true);
  const revoke = useRevokeInvitation();
  const askRevoke = (inv: Invitation) =>
    confirmAction({
      title: 'Revoke this invitation?',
      message: `The link sent to ${inv.email} will stop working. You can invite them again later.`,
      confirmLabel: 'Revoke invitation',
      onConfirm: () =>
        revoke.mutate(inv.id, {
          onSuccess: () => notifySuccess(`The invitation to ${inv.email} was revoked`),
          onError: (e) => notifyError(e, 'Could not revoke the invitation'),
        }),
    });

  return (
    <Stack gap="sm">
      <div>
        <Title order={2} fz="lg">
          Invitations
        </Title>
        <Text size="sm" c="dimmed">
          Invitations are sent by email and expire after a while. Without SMTP, find the links in the mail
          outbox.
        </Text>
      </div>
      {invitations.isPending ? (
        <TableSkeleton rows={2} columns={4} />
      ) : invitations.isError ? (
        <LoadError
          error={invitations.error}
          onRetry={() => void invitations.refetch()}
          title="Could not load invitations"
        />
      ) : invitations.data.data.length === 0 ? (
        <Paper withBorder p="lg">
          <Group gap="sm" wrap="nowrap">
            <IconMailForward size={22} color="var(--mantine-color-dimmed)" aria-hidden="true" />
            <Text size="sm" c="dimmed">
              No invitations yet. Use "Invite member" to bring your team in.
            </Text>
          </Group>
        </Paper>
      ) : (
        <DataTable<Invitation>
          withTableBorder
          borderRadius="md"
          verticalSpacing="sm"
          records={invitations.data.data}
          idAccessor="id"
          columns={[
            {
              accessor: 'email',
              title: 'Email',
              render: (i) => (
                <Stack gap={0}>
                  <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
                    {i.email}
                  </Text>
                  <Text size="xs" c="dimmed" hiddenFrom="sm">
                    {ROLE_LABEL[i.role]}
                  </Text>
                </Stack>
              ),
            },
            {
              accessor: 'role',
              title: 'Role',
              visibleMediaQuery: (t) => `(min-width: ${t.breakpoints.sm})`,
              render: (i) => ROLE_LABEL[i.role],
            },
            {
              accessor: 'status',
              title: 'Status',
              render: (i) => (
                <Badge variant="light" color={INVITATION_COLOR[i.status]}>
                  {i.status}
                </Badge>
              ),
            },
            {
              accessor: 'invitedBy',
              title: 'Invited',
              visibleMediaQuery: (t) => `(min-width: ${t.breakpoints.md})`,
              render: (i) => (
                <Text size="sm" c="dimmed" title={formatDateTime(i.createdAt, me.workspace.timezone)}>
                  {fromNow(i.createdAt)}
                  {i.invitedBy ? ` by ${i.invitedBy.name}` : ''}
                </Text>
              ),
            },
            {
              accessor: 'expiresAt',
              title: 'Expires',
              visibleMediaQuery: (t) => `(min-width: ${t.breakpoints.lg})`,
              render: (i) => (
                <Text size="sm" c="dimmed">
                  {i.status === 'pending' ? fromNow(i.expiresAt) : '—'}
                </Text>
              ),
            },
            {
              accessor: 'actions',
              title: '',
              textAlign: 'right',
              render: (i) =>
                i.status === 'pending' ? (
                  <Button
                    size="xs"
                    variant="subtle"
                    color="red"
                    onClick={() => askRevoke(i)}
                    aria-label={`Revoke invitation to ${i.email}`}
                  >
                    Revoke
                  </Button>
                ) : null,
            },
          ]}
        />
      )}
    </Stack>
  );
}

import {
  ActionIcon,
  Anchor,
  Badge,
  Breadcrumbs,
  Button,
  Group,
  Menu,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import {
  IconArchive,
  IconArchiveOff,
  IconDots,
  IconExternalLink,
  IconFileUpload,
  IconPencil,
  IconPlus,
} from '@tabler/icons-react';
import type { Resource } from '@trustcircle/contracts';
import { useState } from 'react';
import { Link } from 'react-router';
import { confirmAction } from '../../lib/confirm.tsx';
import { formatDate } from '../../lib/format.ts';
import { notifyError, notifySuccess } from '../../lib/notify.ts';
import { can } from '../../lib/permissions.ts';
import { useUpdateResource } from '../../lib/queries/resources.ts';
import { useSession } from '../../lib/queries/session.ts';
import { ImportAttendanceModal } from './ImportAttendanceModal.tsx';
import { isSeminar, RESOURCE_KIND_META } from './meta.tsx';
import { RecordUseModal } from './RecordUseModal.tsx';
import { ResourceFormModal } from './ResourceFormModal.tsx';
import { ResourceKindIcon } from './ResourceKindIcon.tsx';

/** Where the resource lives, shortened to its host and path for reading. */
const shortUrl = (url: string) => url.replace(/^https?:\/\//, '').replace(/\/$/, '');

export function ResourceHeader({ resource: r }: { resource: Resource }) {
  const me = useSession();
  const canWrite = can(me.role, 'resources:write');
  const canManage = can(me.role, 'resources:manage');
  const update = useUpdateResource(r.id);
  const [modal, setModal] = useState<'record' | 'import' | 'edit' | null>(null);
  const close = () => setModal(null);
  const seminar = isSeminar(r.kind);

  const setArchived = (archived: boolean) =>
    update.mutate(
      { archived },
      {
        onSuccess: () =>
          notifySuccess(archived ? `"${r.title}" was archived` : `"${r.title}" is back in the catalog`),
        onError: (e) => notifyError(e, archived ? 'Could not archive the resource' : 'Could not restore it'),
      },
    );
  const askArchive = () =>
    confirmAction({
      title: `Archive "${r.title}"?`,
      message:
        'It leaves the catalog and the accounts\' "never used" lists. Its uses and ratings stay, and its links keep working, so nothing you already sent breaks. You can bring it back any time.',
      confirmLabel: 'Archive',
      danger: false,
      onConfirm: () => setArchived(true),
    });

  return (
    <Stack gap="md" mb="lg">
      <Breadcrumbs separatorMargin={6}>
        <Anchor component={Link} to={r.archivedAt ? '/resources?archived=1' : '/resources'} size="sm">
          Resources
        </Anchor>
        <Text size="sm" c="dimmed" truncate="end" maw={260}>
          {r.title}
        </Text>
      </Breadcrumbs>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <Group gap="md" wrap="nowrap" align="flex-start" style={{ minWidth: 0, flex: '1 1 320px' }}>
          <ResourceKindIcon kind={r.kind} size="xl" mt={2} />
          <Stack gap={4} style={{ minWidth: 0 }}>
            <Group gap="sm" align="center" wrap="wrap">
              <Title order={1} fz={{ base: 24, sm: 28 }} lh={1.2} style={{ overflowWrap: 'anywhere' }}>
                {r.title}
              </Title>
              {r.archivedAt ? (
                <Badge color="gray" variant="outline" leftSection={<IconArchive size={12} />}>
                  Archived {formatDate(r.archivedAt)}
                </Badge>
              ) : null}
            </Group>
            <Text size="sm" c="dimmed">
              {RESOURCE_KIND_META[r.kind].label} · {r.owner ? `owned by ${r.owner.name}` : 'no owner'}
            </Text>
            {r.url ? (
              <Anchor
                href={r.url}
                target="_blank"
                rel="noopener noreferrer"
                size="sm"
                style={{ wordBreak: 'break-all' }}
              >
                <Group gap={4} wrap="nowrap" component="span">
                  {shortUrl(r.url)}
                  <IconExternalLink size={14} aria-hidden="true" style={{ flexShrink: 0 }} />
                </Group>
              </Anchor>
            ) : (
              <Text size="sm" c="dimmed">
                No address: its tracking link asks whether it helped
              </Text>
            )}
          </Stack>
        </Group>
        {canWrite ? (
          <Group gap="xs" wrap="nowrap">
            <Button leftSection={<IconPlus size={16} />} onClick={() => setModal('record')}>
              Record a use
            </Button>
            {seminar ? (
              <Button
                variant="default"
                leftSection={<IconFileUpload size={16} />}
                onClick={() => setModal('import')}
                visibleFrom="sm"
              >
                Import attendance (CSV)
              </Button>
            ) : null}
            {canManage || seminar ? (
              <Menu position="bottom-end" shadow="md" width={240}>
                <Menu.Target>
                  {/* Without edit rights the menu only holds the import, which wide screens show as a button. */}
                  <ActionIcon
                    variant="default"
                    size="lg"
                    aria-label="More actions"
                    hiddenFrom={canManage ? undefined : 'sm'}
                  >
                    <IconDots size={18} />
                  </ActionIcon>
                </Menu.Target>
                <Menu.Dropdown>
                  {seminar ? (
                    <Menu.Item
                      leftSection={<IconFileUpload size={16} />}
                      onClick={() => setModal('import')}
                      hiddenFrom="sm"
                    >
                      Import attendance (CSV)
                    </Menu.Item>
                  ) : null}
                  {canManage ? (
                    <>
                      <Menu.Item leftSection={<IconPencil size={16} />} onClick={() => setModal('edit')}>
                        Edit resource
                      </Menu.Item>
                      {r.archivedAt ? (
                        <Menu.Item
                          leftSection={<IconArchiveOff size={16} />}
                          onClick={() => setArchived(false)}
                        >
                          Bring back to the catalog
                        </Menu.Item>
                      ) : (
                        <Menu.Item leftSection={<IconArchive size={16} />} onClick={askArchive}>
                          Archive
                        </Menu.Item>
                      )}
                    </>
                  ) : null}
                </Menu.Dropdown>
              </Menu>
            ) : null}
          </Group>
        ) : null}
      </Group>
      {canWrite ? (
        <RecordUseModal
          opened={modal === 'record'}
          onClose={close}
          resource={{ id: r.id, title: r.title, kind: r.kind }}
        />
      ) : null}
      {canWrite && seminar ? (
        <ImportAttendanceModal opened={modal === 'import'} onClose={close} resource={r} />
      ) : null}
      {canManage ? <ResourceFormModal opened={modal === 'edit'} onClose={close} resource={r} /> : null}
    </Stack>
  );
}

import { ActionIcon, Badge, Group, Paper, Stack, Text, ThemeIcon, Tooltip } from '@mantine/core';
import {
  IconBell,
  IconBellRingingFilled,
  IconLock,
  IconPencil,
  IconTrash,
  IconUsersGroup,
} from '@tabler/icons-react';
import type { RapportFact } from '@trustcircle/contracts';
import { confirmAction } from '../../lib/confirm.tsx';
import { fromNow } from '../../lib/format.ts';
import { notifyError, notifySuccess } from '../../lib/notify.ts';
import { useDeleteRapport, useUpdateRapport } from '../../lib/queries/contacts.ts';
import { RAPPORT_KIND_META } from './meta.tsx';

type Props = { fact: RapportFact; canWrite: boolean; onEdit: (fact: RapportFact) => void };

/** One personal fact; the ones to bring up on the next call stand out. */
export function RapportFactItem({ fact, canWrite, onEdit }: Props) {
  const update = useUpdateRapport();
  const remove = useDeleteRapport();
  const kind = RAPPORT_KIND_META[fact.kind];
  const mention = fact.mentionAtNextCheckIn;

  const toggleMention = () =>
    update.mutate(
      { fact, input: { mentionAtNextCheckIn: !mention } },
      { onError: (e) => notifyError(e, 'Could not change the flag') },
    );
  const askDelete = () =>
    confirmAction({
      title: 'Delete this rapport fact?',
      message: `"${fact.text.length > 120 ? `${fact.text.slice(0, 120)}…` : fact.text}" will be deleted.`,
      confirmLabel: 'Delete fact',
      onConfirm: () =>
        remove.mutate(fact, {
          onSuccess: () => notifySuccess('Rapport fact deleted'),
          onError: (e) => notifyError(e, 'Could not delete the fact'),
        }),
    });

  return (
    <Paper
      withBorder
      p="sm"
      data-mention={mention || undefined}
      style={
        mention
          ? {
              background: 'var(--mantine-color-yellow-0)',
              borderColor: 'var(--mantine-color-yellow-5)',
              borderLeftWidth: 4,
            }
          : undefined
      }
    >
      <Group align="flex-start" wrap="nowrap" gap="sm">
        <ThemeIcon
          variant="light"
          color={kind.color}
          size="lg"
          radius="md"
          aria-hidden="true"
          visibleFrom="xs"
        >
          {kind.icon(18)}
        </ThemeIcon>
        <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {fact.text}
          </Text>
          <Group gap={8} wrap="wrap">
            <Badge size="xs" variant="light" color={kind.color}>
              {kind.label}
            </Badge>
            {mention ? (
              <Badge size="xs" color="yellow.8" variant="filled" leftSection={<IconBell size={10} />}>
                Mention at next check-in
              </Badge>
            ) : null}
            {fact.visibility === 'private' ? (
              <Tooltip label="Private: only you can see this fact">
                <Group gap={3} wrap="nowrap" c="dimmed" aria-label="Private">
                  <IconLock size={13} aria-hidden="true" />
                  <Text size="xs">Private</Text>
                </Group>
              </Tooltip>
            ) : (
              <Tooltip label="Everyone in the workspace can see this fact">
                <Group gap={3} wrap="nowrap" c="dimmed">
                  <IconUsersGroup size={13} aria-hidden="true" />
                  <Text size="xs">Team</Text>
                </Group>
              </Tooltip>
            )}
            <Text size="xs" c="dimmed">
              {fact.author ? `${fact.author.name} · ` : ''}
              {fromNow(fact.updatedAt)}
            </Text>
          </Group>
        </Stack>
        {canWrite ? (
          <Group gap={2} wrap="nowrap">
            {/* Named differently from the form's "Mention at next check-in" checkbox so the two never clash. */}
            <Tooltip
              label={mention ? 'Flagged for the next check-in: click to clear' : 'Flag for the next check-in'}
            >
              <ActionIcon
                variant={mention ? 'light' : 'subtle'}
                color={mention ? 'yellow' : 'gray'}
                aria-label="Flag for next check-in"
                aria-pressed={mention}
                onClick={toggleMention}
              >
                {mention ? <IconBellRingingFilled size={16} /> : <IconBell size={16} />}
              </ActionIcon>
            </Tooltip>
            <ActionIcon
              variant="subtle"
              color="gray"
              aria-label="Edit rapport item"
              onClick={() => onEdit(fact)}
            >
              <IconPencil size={16} />
            </ActionIcon>
            <ActionIcon variant="subtle" color="red" aria-label="Delete rapport item" onClick={askDelete}>
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
        ) : null}
      </Group>
    </Paper>
  );
}

/** Facts to mention first, then the newest. */
export const sortFacts = (facts: RapportFact[]) =>
  [...facts].sort(
    (a, b) =>
      Number(b.mentionAtNextCheckIn) - Number(a.mentionAtNextCheckIn) ||
      b.createdAt.localeCompare(a.createdAt),
  );

import { ActionIcon, Badge, Button, Group, Menu, Paper, Stack, Text, Title } from '@mantine/core';
import {
  IconCalendarPlus,
  IconCalendarRepeat,
  IconClipboardList,
  IconDots,
  IconPencilCheck,
  IconPlayerSkipForward,
} from '@tabler/icons-react';
import type { AccountCadence, Checkin } from '@trustcircle/contracts';
import { useState } from 'react';
import { Link } from 'react-router';
import { formatDate } from '../../lib/format.ts';
import { daysLate } from './meta.ts';
import { RecordCheckinModal } from './RecordCheckinModal.tsx';
import { ScheduleCheckinModal } from './ScheduleCheckinModal.tsx';
import { SkipCheckinModal } from './SkipCheckinModal.tsx';

type Props = {
  accountId: string;
  next: Checkin | null;
  cadence: AccountCadence | undefined;
  defaultOwnerId: string | null;
  canWrite: boolean;
};

/** The check-in to prepare for and record; or a way to schedule one. */
export function NextCheckinCard({ accountId, next, cadence, defaultOwnerId, canWrite }: Props) {
  const [modal, setModal] = useState<'record' | 'schedule' | 'skip' | null>(null);
  const close = () => setModal(null);
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      data-testid="next-checkin"
      style={next?.overdue ? { borderColor: 'var(--mantine-color-red-5)', borderLeftWidth: 4 } : undefined}
    >
      {next ? (
        <Group justify="space-between" align="flex-start" gap="sm">
          <Stack gap={4}>
            <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
              Next check-in
            </Text>
            <Group gap="xs">
              <Title order={3}>{formatDate(next.scheduledOn)}</Title>
              {next.overdue ? (
                <Badge color="red" variant="filled">
                  {daysLate(next.daysOverdue)}
                </Badge>
              ) : null}
            </Group>
            <Text size="sm" c="dimmed">
              {next.owner ? `With ${next.owner.name}` : 'Nobody holds it yet'}
            </Text>
          </Stack>
          <Group gap="xs">
            <Button
              component={Link}
              to={`/checkins/${next.id}/prep`}
              variant="light"
              leftSection={<IconClipboardList size={16} />}
            >
              Open prep sheet
            </Button>
            {canWrite ? (
              <>
                <Button leftSection={<IconPencilCheck size={16} />} onClick={() => setModal('record')}>
                  Record check-in
                </Button>
                <Menu position="bottom-end" withinPortal>
                  <Menu.Target>
                    <ActionIcon variant="subtle" color="gray" size="lg" aria-label="More for this check-in">
                      <IconDots size={18} />
                    </ActionIcon>
                  </Menu.Target>
                  <Menu.Dropdown>
                    <Menu.Item
                      leftSection={<IconCalendarRepeat size={14} />}
                      onClick={() => setModal('schedule')}
                    >
                      Reschedule or hand over
                    </Menu.Item>
                    <Menu.Item
                      leftSection={<IconPlayerSkipForward size={14} />}
                      onClick={() => setModal('skip')}
                    >
                      Skip
                    </Menu.Item>
                  </Menu.Dropdown>
                </Menu>
              </>
            ) : null}
          </Group>
        </Group>
      ) : (
        <Group justify="space-between" align="center" gap="sm">
          <Stack gap={2}>
            <Text fw={600}>No check-in scheduled</Text>
            <Text size="sm" c="dimmed">
              {cadence?.suggestedOn
                ? `By the cadence, the next one is due ${formatDate(cadence.suggestedOn)}.`
                : cadence?.cadence === 'none'
                  ? 'This account has no regular check-ins.'
                  : 'Only customers and advocates get check-ins on a cadence.'}
            </Text>
          </Stack>
          {canWrite ? (
            <Button leftSection={<IconCalendarPlus size={16} />} onClick={() => setModal('schedule')}>
              Schedule check-in
            </Button>
          ) : null}
        </Group>
      )}
      {modal === 'record' && next ? <RecordCheckinModal checkin={next} onClose={close} /> : null}
      {modal === 'skip' && next ? <SkipCheckinModal checkin={next} onClose={close} /> : null}
      {modal === 'schedule' ? (
        <ScheduleCheckinModal
          accountId={accountId}
          checkin={next ?? undefined}
          suggestedOn={cadence?.suggestedOn}
          defaultOwnerId={defaultOwnerId}
          onClose={close}
        />
      ) : null}
    </Paper>
  );
}

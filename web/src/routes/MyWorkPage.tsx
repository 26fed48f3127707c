import { Anchor, Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import {
  IconCalendarEvent,
  IconChecklist,
  IconListCheck,
  IconMoodSmile,
  IconPlus,
  IconTargetArrow,
} from '@tabler/icons-react';
import type { Checkin, MyPlanTask } from '@trustcircle/contracts';
import { useState } from 'react';
import { Link } from 'react-router';
import { PageHeader } from '../components/PageHeader.tsx';
import { BlockSkeleton, Empty, LoadError } from '../components/States.tsx';
import { CalendarFeedCard } from '../features/calendar/CalendarFeedCard.tsx';
import { PromiseList } from '../features/promises/PromiseList.tsx';
import { TaskFormModal } from '../features/tasks/TaskFormModal.tsx';
import { TaskList } from '../features/tasks/TaskList.tsx';
import { formatDate } from '../lib/format.ts';
import { can } from '../lib/permissions.ts';
import { useSession } from '../lib/queries/session.ts';
import { useMyWork } from '../lib/queries/tasks.ts';

/** The day's list: what is overdue and due for me, across every account I look after. */
export function MyWorkPage() {
  const me = useSession();
  const work = useMyWork();
  const [adding, setAdding] = useState(false);
  const canWrite = can(me.role, 'data:write');
  const header = (
    <PageHeader
      title="My work"
      description={
        work.data
          ? `What needs you on ${formatDate(work.data.today)}: tasks due, and the check-ins, promises and plan tasks of the coming week`
          : 'What needs you today'
      }
      actions={
        canWrite ? (
          <Button leftSection={<IconPlus size={16} />} onClick={() => setAdding(true)}>
            New task
          </Button>
        ) : null
      }
    />
  );
  if (work.isPending)
    return (
      <>
        {header}
        <BlockSkeleton lines={8} />
      </>
    );
  if (work.isError)
    return (
      <>
        {header}
        <LoadError error={work.error} onRetry={() => void work.refetch()} />
      </>
    );
  const w = work.data;
  const nothing = w.tasks.length + w.checkins.length + w.promises.length + w.planTasks.length === 0;
  return (
    <>
      {header}
      <Stack gap="xl">
        <SimpleGrid cols={3} spacing="sm">
          <Count label="Overdue tasks" value={w.counts.overdueTasks} />
          <Count label="Overdue check-ins" value={w.counts.overdueCheckins} />
          <Count label="Overdue promises" value={w.counts.overduePromises} />
        </SimpleGrid>
        {nothing ? (
          <Empty
            icon={<IconMoodSmile size={28} />}
            title="Nothing needs you today"
            description="No task is due, no check-in is coming up, and every promise due this week is kept."
          />
        ) : null}
        {w.tasks.length ? (
          <Section icon={<IconListCheck size={18} />} title="Tasks due" count={w.tasks.length}>
            <TaskList tasks={w.tasks} canWrite={canWrite} showAccount />
          </Section>
        ) : null}
        {w.checkins.length ? (
          <Section icon={<IconCalendarEvent size={18} />} title="Check-ins" count={w.checkins.length}>
            <Stack gap={6}>
              {w.checkins.map((c) => (
                <CheckinRow key={c.id} checkin={c} />
              ))}
            </Stack>
          </Section>
        ) : null}
        {w.promises.length ? (
          <Section icon={<IconChecklist size={18} />} title="Promises due" count={w.promises.length}>
            <PromiseList promises={w.promises} canWrite={canWrite} showAccount />
          </Section>
        ) : null}
        {w.planTasks.length ? (
          <Section icon={<IconTargetArrow size={18} />} title="Plan tasks" count={w.planTasks.length}>
            <Stack gap={6}>
              {w.planTasks.map((t) => (
                <PlanTaskRow key={t.id} task={t} />
              ))}
            </Stack>
          </Section>
        ) : null}
        <CalendarFeedCard />
      </Stack>
      <TaskFormModal opened={adding} onClose={() => setAdding(false)} />
    </>
  );
}

function Count({ label, value }: { label: string; value: number }) {
  return (
    <Paper withBorder p="sm" radius="md">
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text fw={700} size="xl" c={value > 0 ? 'red' : 'teal'}>
        {value}
      </Text>
    </Paper>
  );
}

function Section({
  icon,
  title,
  count,
  children,
}: {
  icon: React.ReactNode;
  title: string;
  count: number;
  children: React.ReactNode;
}) {
  return (
    <Stack gap="xs">
      <Group gap="xs">
        {icon}
        <Title order={3} size="h4">
          {title}
        </Title>
        <Badge variant="light" color="gray" circle={count < 10}>
          {count}
        </Badge>
      </Group>
      {children}
    </Stack>
  );
}

/** Our side's task in a mutual action plan; the plan page is where it is worked on. */
function PlanTaskRow({ task: t }: { task: MyPlanTask }) {
  return (
    <Paper withBorder p="xs" px="sm" radius="md" data-testid="plan-task-row">
      <Stack gap={2} style={{ minWidth: 0 }}>
        <Anchor component={Link} to={`/plans/${t.plan.id}`} fw={500} size="sm">
          {t.title}
        </Anchor>
        <Group gap={6}>
          {t.overdue ? (
            <Badge size="xs" color="red">
              {t.daysOverdue === 1 ? '1 day overdue' : `${t.daysOverdue} days overdue`}
            </Badge>
          ) : null}
          {t.status === 'in_progress' || t.status === 'blocked' ? (
            <Badge size="xs" color={t.status === 'blocked' ? 'orange' : 'blue'} variant="light">
              {t.status === 'blocked' ? 'Blocked' : 'In progress'}
            </Badge>
          ) : null}
          {t.locked ? (
            <Badge size="xs" color="gray" variant="light">
              Waiting on other tasks
            </Badge>
          ) : null}
          <Text size="xs" c="dimmed">
            {t.dueOn ? `Due ${formatDate(t.dueOn)} · ` : ''}
            {t.account.name} · {t.plan.title}
          </Text>
        </Group>
      </Stack>
    </Paper>
  );
}

function CheckinRow({ checkin: c }: { checkin: Checkin }) {
  return (
    <Paper withBorder p="xs" px="sm" radius="md" data-testid="checkin-row">
      <Group justify="space-between" wrap="nowrap">
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Anchor component={Link} to={`/accounts/${c.account.id}?tab=checkins`} fw={500} size="sm">
            {c.account.name}
          </Anchor>
          <Group gap={6}>
            {c.overdue ? (
              <Badge size="xs" color="red">
                {c.daysOverdue === 1 ? '1 day overdue' : `${c.daysOverdue} days overdue`}
              </Badge>
            ) : null}
            <Text size="xs" c="dimmed">
              Check-in {formatDate(c.scheduledOn)}
            </Text>
          </Group>
        </Stack>
        <Button
          component={Link}
          to={`/checkins/${c.id}/prep`}
          size="xs"
          variant="light"
          style={{ flexShrink: 0 }}
        >
          Prep sheet
        </Button>
      </Group>
    </Paper>
  );
}

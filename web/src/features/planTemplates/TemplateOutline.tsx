import { Badge, Group, List, Stack, Text } from '@mantine/core';
import type { PlanTemplate, PlanTemplateTask } from '@trustcircle/contracts';
import { dueWords, SIDE_LABEL } from './meta.ts';

/** The plan a template gives, read-only: milestones with their tasks, who does each and when. */
export function TemplateOutline({ template }: { template: PlanTemplate }) {
  const { milestones, tasks } = template;
  const loose = tasks.filter((t) => t.milestone === null);
  return (
    <Stack gap="sm" pt="xs">
      {milestones.map((m, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a template's milestones are known by their place
        <Stack key={i} gap={4}>
          <Text size="sm" fw={600}>
            {m.title}
            {m.dueDays === null ? null : (
              <Text span size="sm" c="dimmed" fw={400}>
                {' '}
                · due {m.dueDays} days after the start
              </Text>
            )}
          </Text>
          <TaskList tasks={tasks.filter((t) => t.milestone === i)} all={tasks} />
        </Stack>
      ))}
      {loose.length ? (
        <Stack gap={4}>
          {milestones.length ? (
            <Text size="sm" fw={600}>
              Other tasks
            </Text>
          ) : null}
          <TaskList tasks={loose} all={tasks} />
        </Stack>
      ) : null}
    </Stack>
  );
}

function TaskList({ tasks, all }: { tasks: PlanTemplateTask[]; all: PlanTemplateTask[] }) {
  if (tasks.length === 0)
    return (
      <Text size="sm" c="dimmed">
        No tasks
      </Text>
    );
  return (
    <List size="sm" spacing={4}>
      {tasks.map((t) => (
        <List.Item key={t.ref}>
          <TaskLine task={t} tasks={all} />
        </List.Item>
      ))}
    </List>
  );
}

function TaskLine({ task, tasks }: { task: PlanTemplateTask; tasks: PlanTemplateTask[] }) {
  const waits = task.dependsOn
    .map((ref) => tasks.find((t) => t.ref === ref)?.title)
    .filter((x): x is string => Boolean(x));
  return (
    <Group gap={6} wrap="wrap">
      <Text size="sm">{task.title}</Text>
      <Badge size="xs" variant="light" color={task.ownerSide === 'vendor' ? 'blue' : 'grape'}>
        {SIDE_LABEL[task.ownerSide]}
      </Badge>
      {task.internal ? (
        <Badge size="xs" variant="outline" color="gray">
          Internal
        </Badge>
      ) : null}
      <Text size="xs" c="dimmed">
        {dueWords(task, tasks)}
        {waits.length ? ` · waits for ${waits.map((w) => `“${w}”`).join(', ')}` : ''}
      </Text>
    </Group>
  );
}

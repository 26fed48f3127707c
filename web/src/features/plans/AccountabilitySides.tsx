import { Group, Paper, SimpleGrid, Stack, Text, Title, Tooltip } from '@mantine/core';
import { IconBuildingSkyscraper, IconUsersGroup } from '@tabler/icons-react';
import type { SideAccountability } from '@trustcircle/contracts';
import type { ReactNode } from 'react';
import { formatRate } from './meta.ts';

type Props = {
  title: string;
  vendor: SideAccountability;
  customer: SideAccountability;
  /** The workspace's name and the account's, so each side reads as who it is. */
  vendorName: string;
  customerName: string;
  badge?: ReactNode;
  footer?: ReactNode;
};

/** Mutual accountability: both sides' record on the same plan(s), side by side. */
export function AccountabilitySides({
  title,
  vendor,
  customer,
  vendorName,
  customerName,
  badge,
  footer,
}: Props) {
  return (
    <Paper withBorder p="md" data-testid="accountability">
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <Title order={4}>{title}</Title>
          {badge}
        </Group>
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <Side
            label="Our team"
            name={vendorName}
            icon={<IconBuildingSkyscraper size={16} />}
            side={vendor}
          />
          <Side
            label="The customer"
            name={customerName}
            icon={<IconUsersGroup size={16} />}
            side={customer}
          />
        </SimpleGrid>
        {footer}
      </Stack>
    </Paper>
  );
}

function Side({
  label,
  name,
  icon,
  side,
}: {
  label: string;
  name: string;
  icon: ReactNode;
  side: SideAccountability;
}) {
  return (
    <Paper bg="gray.0" p="sm" radius="md" aria-label={label} role="group">
      <Group gap={6} mb={6} wrap="nowrap">
        {icon}
        <Text fw={600} size="sm" truncate="end">
          {label}
          <Text span c="dimmed" size="sm" fw={400}>
            {' '}
            · {name}
          </Text>
        </Text>
      </Group>
      <SimpleGrid cols={3} spacing="xs">
        <Figure
          label="On time"
          value={formatRate(side.onTimeRate)}
          hint={
            side.due === 0
              ? 'Nothing has come due yet'
              : `${side.doneOnTime} of ${side.due} tasks that came due were done on time`
          }
        />
        <Figure
          label="Overdue"
          value={String(side.overdue)}
          hint="Tasks past their due date and still open"
          alert={side.overdue > 0}
        />
        <Figure
          label="Days overdue"
          value={String(side.daysOverdue)}
          hint={
            side.overdue > 0
              ? `Summed over the overdue tasks; the most overdue is ${side.maxDaysOverdue} days late`
              : 'Summed over the overdue tasks'
          }
          alert={side.daysOverdue > 0}
        />
      </SimpleGrid>
    </Paper>
  );
}

function Figure({
  label,
  value,
  hint,
  alert,
}: {
  label: string;
  value: string;
  hint: string;
  alert?: boolean;
}) {
  return (
    <Tooltip label={hint} withArrow multiline maw={260}>
      {/* Values line up at the bottom when a label wraps on a narrow screen. */}
      <Stack gap={0} h="100%" justify="space-between" tabIndex={0} aria-label={`${label}: ${value}. ${hint}`}>
        <Text size="xs" c="dimmed" tt="uppercase" fw={600} style={{ letterSpacing: '0.03em' }}>
          {label}
        </Text>
        <Text fw={700} size="xl" c={alert ? 'red' : undefined} data-testid="figure-value">
          {value}
        </Text>
      </Stack>
    </Tooltip>
  );
}

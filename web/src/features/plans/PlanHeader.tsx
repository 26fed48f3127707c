import {
  ActionIcon,
  Anchor,
  Breadcrumbs,
  Button,
  Group,
  Menu,
  Progress,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconDots, IconDownload, IconPencil, IconShare } from '@tabler/icons-react';
import type { Plan } from '@trustcircle/contracts';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { Link } from 'react-router';
import { formatDate } from '../../lib/format.ts';
import { planCsvUrl } from '../../lib/queries/plans.ts';
import { HealthBadge } from './HealthBadge.tsx';
import { PLAN_KIND_LABEL, PLAN_STATUS_META, progress } from './meta.ts';
import { PlanFormModal } from './PlanFormModal.tsx';
import { ShareLinksModal } from './ShareLinksModal.tsx';

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

/** The plan's name, whose it is, how it is going, and what to do with it as a whole. */
export function PlanHeader({ plan, canWrite }: { plan: Plan; canWrite: boolean }) {
  const [editing, setEditing] = useState(false);
  const [sharing, setSharing] = useState(false);
  const prog = progress(plan);
  const status = PLAN_STATUS_META[plan.status];
  return (
    <Stack gap="md" mb="lg">
      <Breadcrumbs separatorMargin={6}>
        <Anchor component={Link} to="/accounts" size="sm">
          Accounts
        </Anchor>
        <Anchor
          component={Link}
          to={`/accounts/${plan.account.id}?tab=plans`}
          size="sm"
          truncate="end"
          maw={200}
        >
          {plan.account.name}
        </Anchor>
        <Text size="sm" c="dimmed" truncate="end" maw={220}>
          {plan.title}
        </Text>
      </Breadcrumbs>
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={6} style={{ minWidth: 0, flex: '1 1 320px' }}>
          <Title order={1} fz={{ base: 24, sm: 28 }} lh={1.2} style={{ overflowWrap: 'anywhere' }}>
            {plan.title}
          </Title>
          {plan.goal ? (
            <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
              Goal: {plan.goal}
            </Text>
          ) : null}
        </Stack>
        <Group gap="xs">
          <Button leftSection={<IconShare size={16} />} onClick={() => setSharing(true)}>
            Share with customer
          </Button>
          <Button
            component="a"
            href={planCsvUrl(plan.id)}
            download
            variant="default"
            leftSection={<IconDownload size={16} />}
          >
            Export CSV
          </Button>
          {canWrite ? (
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <ActionIcon variant="default" size="lg" aria-label="More for this plan">
                  <IconDots size={18} />
                </ActionIcon>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item leftSection={<IconPencil size={14} />} onClick={() => setEditing(true)}>
                  Edit plan
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          ) : null}
        </Group>
      </Group>
      <SimpleGrid cols={{ base: 2, sm: 3, md: 6 }} spacing="md">
        <Fact label="Account">
          <Anchor component={Link} to={`/accounts/${plan.account.id}?tab=plans`} size="sm">
            {plan.account.name}
          </Anchor>
        </Fact>
        <Fact label="Kind">
          <Text size="sm">{PLAN_KIND_LABEL[plan.kind]}</Text>
        </Fact>
        <Fact label="Owner">
          <Text size="sm">{plan.owner?.name ?? 'Nobody'}</Text>
        </Fact>
        <Fact label="Start">
          <Text size="sm">{formatDate(plan.startsOn)}</Text>
        </Fact>
        <Fact label="Status">
          {plan.status === 'active' ? (
            <HealthBadge health={plan.health} />
          ) : (
            <Text size="sm" c={status.color}>
              {status.label}
            </Text>
          )}
        </Fact>
        <Fact label="Progress">
          <Stack gap={4}>
            <Text size="sm">
              {prog.closed} of {prog.total} tasks done
            </Text>
            <Progress value={prog.percent} size="sm" aria-label={`${prog.percent}% of tasks done`} />
          </Stack>
        </Fact>
      </SimpleGrid>
      {editing ? (
        <PlanFormModal accountId={plan.account.id} plan={plan} opened onClose={() => setEditing(false)} />
      ) : null}
      {sharing ? <ShareLinksModal plan={plan} canWrite={canWrite} onClose={() => setSharing(false)} /> : null}
    </Stack>
  );
}

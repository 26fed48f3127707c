import {
  Anchor,
  Badge,
  Button,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  ThemeIcon,
  Title,
} from '@mantine/core';
import { IconArrowLeft, IconBell, IconPencilCheck, IconPrinter } from '@tabler/icons-react';
import type { CheckinPrep } from '@trustcircle/contracts';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { PageHeader } from '../components/PageHeader.tsx';
import { BlockSkeleton, LoadError } from '../components/States.tsx';
import { TIER_LABEL } from '../features/accounts/meta.ts';
import { CADENCE_LABEL, daysLate, SENTIMENT_META } from '../features/checkins/meta.ts';
import { NeedPriorityBadge, NeedStatusBadge } from '../features/checkins/NeedBadges.tsx';
import { RecordCheckinModal } from '../features/checkins/RecordCheckinModal.tsx';
import { PromiseStatusBadge } from '../features/promises/PromiseStatusBadge.tsx';
import { RAPPORT_KIND_META } from '../features/rapport/meta.tsx';
import { TIMELINE_KIND_META } from '../features/timeline/meta.tsx';
import { eventLabel } from '../features/usage/meta.ts';
import { UsageStats } from '../features/usage/UsageStats.tsx';
import { formatDate, formatDateTime, formatMoney } from '../lib/format.ts';
import { can } from '../lib/permissions.ts';
import { useCheckinPrep } from '../lib/queries/checkins.ts';
import { useSession } from '../lib/queries/session.ts';

// Printing keeps the sheet and drops the app around it (navigation, header, buttons).
const PRINT_CSS = `@media print {
  .mantine-AppShell-header, .mantine-AppShell-navbar, .mantine-Notifications-root, [data-noprint] {
    display: none !important;
  }
  .mantine-AppShell-main { padding: 0 !important; }
  [data-prep-section] { break-inside: avoid; }
}`;

/** One printable page to read before a check-in. */
export function CheckinPrepPage() {
  const { id = '' } = useParams();
  const me = useSession();
  const prep = useCheckinPrep(id);
  const [recording, setRecording] = useState(false);
  if (prep.isPending) return <BlockSkeleton lines={10} />;
  if (prep.isError)
    return (
      <LoadError
        error={prep.error}
        onRetry={() => void prep.refetch()}
        title="Could not load the prep sheet"
      />
    );
  const p = prep.data;
  const c = p.checkin;
  const canRecord = can(me.role, 'data:write') && c.status === 'scheduled';
  return (
    <Stack gap="lg" maw={960}>
      <style>{PRINT_CSS}</style>
      <PageHeader
        above={
          <Anchor component={Link} to={`/accounts/${p.account.id}?tab=checkins`} size="sm" data-noprint>
            <Group gap={4}>
              <IconArrowLeft size={14} /> {p.account.name}
            </Group>
          </Anchor>
        }
        title={`Check-in prep: ${p.account.name}`}
        description={<Summary prep={p} currency={me.workspace.currency} />}
        actions={
          <Group gap="xs" data-noprint>
            <Button variant="default" leftSection={<IconPrinter size={16} />} onClick={() => window.print()}>
              Print
            </Button>
            {canRecord ? (
              <Button leftSection={<IconPencilCheck size={16} />} onClick={() => setRecording(true)}>
                Record this check-in
              </Button>
            ) : null}
          </Group>
        }
      />
      {c.status !== 'scheduled' ? (
        <Text c="dimmed">
          This check-in was {c.status === 'done' ? `held on ${formatDate(c.heldOn)}` : 'skipped'}.
        </Text>
      ) : null}

      <Section title="Mention" empty={p.rapport.length ? null : 'Nothing flagged to mention.'}>
        <Stack gap={6}>
          {p.rapport.map((r) => (
            <Group key={r.fact.id} gap="sm" wrap="nowrap" align="flex-start">
              <ThemeIcon
                variant="light"
                color={RAPPORT_KIND_META[r.fact.kind].color}
                size="md"
                aria-hidden="true"
              >
                {RAPPORT_KIND_META[r.fact.kind].icon(16)}
              </ThemeIcon>
              <Text size="sm">
                <b>{r.contact.name}:</b> {r.fact.text}
              </Text>
            </Group>
          ))}
        </Stack>
      </Section>

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Section
          title={`Needs to reassess (${p.needs.length})`}
          empty={p.needs.length ? null : 'No open needs.'}
        >
          <Stack gap="xs">
            {p.needs.map((n) => (
              <Stack key={n.id} gap={2}>
                <Text size="sm" fw={600}>
                  {n.title}
                </Text>
                <Group gap={6}>
                  <NeedStatusBadge status={n.status} />
                  <NeedPriorityBadge priority={n.priority} />
                </Group>
              </Stack>
            ))}
          </Stack>
        </Section>
        <Section
          title={`Open promises (${p.promises.length})`}
          empty={p.promises.length ? null : 'Nothing owed right now.'}
        >
          <Stack gap="xs">
            {p.promises.map((pr) => (
              <Stack key={pr.id} gap={2}>
                <Text size="sm" fw={600}>
                  {pr.title}
                </Text>
                <Group gap={6}>
                  <PromiseStatusBadge promise={pr} />
                  <Text size="xs" c="dimmed">
                    due {formatDate(pr.dueOn)}
                    {pr.owner ? ` · ${pr.owner.name}` : ''}
                  </Text>
                </Group>
              </Stack>
            ))}
          </Stack>
        </Section>
      </SimpleGrid>

      <Section title="Usage, last 30 days">
        <Stack gap="sm">
          <UsageStats usage={p.usage} days={30} timezone={me.workspace.timezone} />
          {p.usage.byEvent.length ? (
            <Text size="sm" c="dimmed">
              Most used:{' '}
              {p.usage.byEvent
                .slice(0, 5)
                .map((e) => `${eventLabel(e.name)} (${e.count.toLocaleString()})`)
                .join(', ')}
            </Text>
          ) : null}
        </Stack>
      </Section>

      <Section
        title={
          p.lastCheckin ? `Since the last check-in (${formatDate(p.since)})` : `Since ${formatDate(p.since)}`
        }
        empty={p.timeline.length ? null : 'Nothing recorded since.'}
      >
        <Stack gap="xs">
          {p.timeline.map((e) => (
            <Group key={e.id} gap="sm" wrap="nowrap" align="flex-start">
              <ThemeIcon
                variant="light"
                color={TIMELINE_KIND_META[e.kind].color}
                size="md"
                aria-hidden="true"
              >
                {TIMELINE_KIND_META[e.kind].icon(16)}
              </ThemeIcon>
              <Stack gap={0} style={{ minWidth: 0 }}>
                <Text size="sm" fw={e.title ? 600 : undefined} lineClamp={e.title ? 1 : 3}>
                  {e.title ?? e.body}
                </Text>
                {e.title ? (
                  <Text size="xs" c="dimmed" lineClamp={2} style={{ whiteSpace: 'pre-wrap' }}>
                    {e.body}
                  </Text>
                ) : null}
                <Text size="xs" c="dimmed">
                  {formatDateTime(e.occurredAt, me.workspace.timezone)}
                  {e.author ? ` · ${e.author.name}` : ''}
                </Text>
              </Stack>
            </Group>
          ))}
          {p.timelineTruncated ? (
            <Text size="xs" c="dimmed">
              Only the latest entries are shown; the account's timeline has them all.
            </Text>
          ) : null}
        </Stack>
      </Section>

      {p.lastCheckin ? (
        <Section title={`Last check-in, ${formatDate(p.lastCheckin.heldOn)}`}>
          <Stack gap={4}>
            <Group gap="xs">
              {p.lastCheckin.sentiment ? (
                <Badge color={SENTIMENT_META[p.lastCheckin.sentiment].color} variant="light">
                  {SENTIMENT_META[p.lastCheckin.sentiment].label}
                </Badge>
              ) : null}
              {p.lastCheckin.attendees.length ? (
                <Text size="xs" c="dimmed">
                  With {p.lastCheckin.attendees.map((a) => a.name).join(', ')}
                </Text>
              ) : null}
            </Group>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {p.lastCheckin.notes ?? 'No notes.'}
            </Text>
          </Stack>
        </Section>
      ) : null}

      {recording ? <RecordCheckinModal checkin={c} onClose={() => setRecording(false)} /> : null}
    </Stack>
  );
}

function Summary({ prep: p, currency }: { prep: CheckinPrep; currency: string }) {
  const c = p.checkin;
  const facts = [
    `${formatDate(c.scheduledOn)}${c.owner ? ` with ${c.owner.name}` : ''}`,
    p.account.tier ? TIER_LABEL[p.account.tier] : null,
    p.account.arr ? `${formatMoney(p.account.arr, currency)} ARR` : null,
    p.account.renewalDate ? `renews ${formatDate(p.account.renewalDate)}` : null,
    `cadence ${CADENCE_LABEL[p.cadence.cadence].toLowerCase()}`,
    p.lastCheckin ? `last held ${formatDate(p.lastCheckin.heldOn)}` : 'first check-in',
  ].filter(Boolean);
  return (
    <Group gap="xs" component="span">
      <span>{facts.join(' · ')}</span>
      {c.overdue ? (
        <Badge color="red" variant="filled" component="span">
          {daysLate(c.daysOverdue)}
        </Badge>
      ) : null}
    </Group>
  );
}

function Section({ title, empty, children }: { title: string; empty?: string | null; children?: ReactNode }) {
  return (
    <Paper withBorder p="md" radius="md" data-prep-section>
      <Stack gap="sm">
        <Group gap="xs">
          {title === 'Mention' ? <IconBell size={18} aria-hidden="true" /> : null}
          <Title order={4}>{title}</Title>
        </Group>
        {empty ? (
          <Text size="sm" c="dimmed">
            {empty}
          </Text>
        ) : (
          children
        )}
      </Stack>
    </Paper>
  );
}

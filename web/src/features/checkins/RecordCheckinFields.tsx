import {
  ActionIcon,
  Button,
  Group,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { randomId } from '@mantine/hooks';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { CheckinPrep, Need, Sentiment } from '@trustcircle/contracts';
import { ChoiceSelect } from '../../components/ChoiceSelect.tsx';
import { NEED_PRIORITY_OPTIONS, NEED_STATUS_OPTIONS } from './meta.ts';
import { NeedPriorityBadge } from './NeedBadges.tsx';

/** What the record-a-check-in form holds. */
export type RecordValues = {
  heldOn: string | null;
  attendees: string[];
  notes: string;
  sentiment: Sentiment | '';
  needs: Record<string, { status: Need['status']; note: string }>;
  newNeeds: Array<{ key: string; title: string; priority: Need['priority'] }>;
  mentioned: string[];
  next: 'cadence' | 'date' | 'none';
  nextOn: string | null;
};

type Form = UseFormReturnType<RecordValues>;

/** Every open need, each with where it stands now and a note for its history. */
export function NeedsToReassess({ prep, form }: { prep: CheckinPrep; form: Form }) {
  return (
    <Stack gap="xs">
      <Title order={5}>Their needs ({prep.needs.length})</Title>
      {prep.needs.length === 0 ? (
        <Text size="sm" c="dimmed">
          No open needs. Add what you hear below.
        </Text>
      ) : (
        <Text size="xs" c="dimmed">
          Ask about each one: where does it stand now? Keeping the status confirms it.
        </Text>
      )}
      {prep.needs.map((n) => (
        <Paper key={n.id} withBorder p="sm" data-testid="reassess-need">
          <Stack gap="xs">
            <Group gap="xs" justify="space-between">
              <Text fw={600} size="sm">
                {n.title}
              </Text>
              <NeedPriorityBadge priority={n.priority} />
            </Group>
            <SegmentedControl
              size="xs"
              fullWidth
              data={NEED_STATUS_OPTIONS}
              aria-label={`Status of ${n.title}`}
              {...form.getInputProps(`needs.${n.id}.status`)}
            />
            <TextInput
              size="xs"
              placeholder="What they said (kept in the need's history)"
              aria-label={`Note on ${n.title}`}
              maxLength={2000}
              {...form.getInputProps(`needs.${n.id}.note`)}
            />
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}

/** Needs heard for the first time at this check-in. */
export function NewNeeds({ form }: { form: Form }) {
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Title order={5}>New needs</Title>
        <Button
          size="xs"
          variant="light"
          leftSection={<IconPlus size={14} />}
          onClick={() => form.insertListItem('newNeeds', { key: randomId(), title: '', priority: 'medium' })}
        >
          Add a need
        </Button>
      </Group>
      {form.values.newNeeds.map((n, i) => (
        <Group key={n.key} gap="xs" align="flex-end" wrap="nowrap">
          <TextInput
            style={{ flex: 1 }}
            label={i === 0 ? 'What they need or want to achieve' : undefined}
            aria-label={i === 0 ? undefined : 'What they need or want to achieve'}
            maxLength={300}
            {...form.getInputProps(`newNeeds.${i}.title`)}
          />
          <ChoiceSelect
            label={i === 0 ? 'Priority' : undefined}
            aria-label={i === 0 ? undefined : 'Priority'}
            data={NEED_PRIORITY_OPTIONS}
            {...form.getInputProps(`newNeeds.${i}.priority`)}
          />
          <ActionIcon
            variant="subtle"
            color="gray"
            size="lg"
            aria-label="Remove this need"
            onClick={() => form.removeListItem('newNeeds', i)}
          >
            <IconTrash size={16} />
          </ActionIcon>
        </Group>
      ))}
    </Stack>
  );
}

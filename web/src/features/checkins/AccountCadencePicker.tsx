import { Group, Text } from '@mantine/core';
import type { AccountCadence, CheckinCadence } from '@trustcircle/contracts';
import { ChoiceSelect } from '../../components/ChoiceSelect.tsx';
import { notifyError, notifySuccess } from '../../lib/notify.ts';
import { useSetAccountCadence } from '../../lib/queries/checkins.ts';
import { CADENCE_LABEL, CADENCE_OPTIONS } from './meta.ts';

/** The account's cadence: its tier's default, or its own. */
export function AccountCadencePicker({ cadence, canWrite }: { cadence: AccountCadence; canWrite: boolean }) {
  const set = useSetAccountCadence(cadence.accountId);
  const source = cadence.override ? 'set for this account' : "its tier's default";
  if (!canWrite)
    return (
      <Text size="sm" c="dimmed">
        Cadence: {CADENCE_LABEL[cadence.cadence]} ({source})
      </Text>
    );
  return (
    <Group gap="xs" align="flex-end">
      <ChoiceSelect
        label="Cadence"
        size="sm"
        w={280}
        data={CADENCE_OPTIONS}
        noneLabel={`Tier default (${CADENCE_LABEL[cadence.tierDefault].toLowerCase()})`}
        value={cadence.override}
        disabled={set.isPending}
        onChange={(v) =>
          set.mutate(
            { cadence: v as CheckinCadence | null },
            {
              onSuccess: (c) => notifySuccess(`Cadence: ${CADENCE_LABEL[c.cadence].toLowerCase()}`),
              onError: (e) => notifyError(e, 'Could not change the cadence'),
            },
          )
        }
      />
      {cadence.lastHeldOn ? null : (
        <Text size="xs" c="dimmed" pb={8}>
          No check-in held yet
        </Text>
      )}
    </Group>
  );
}

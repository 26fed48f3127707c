import { Alert, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconInfoCircle } from '@tabler/icons-react';
import { CADENCE_TIER_KEYS, type CheckinCadence, type CheckinCadenceDefaults } from '@trustcircle/contracts';
import { useEffect } from 'react';
import { ChoiceSelect } from '../../components/ChoiceSelect.tsx';
import { BlockSkeleton, LoadError } from '../../components/States.tsx';
import { notifyError, notifySuccess } from '../../lib/notify.ts';
import { can } from '../../lib/permissions.ts';
import { useCadenceDefaults, useSetCadenceDefaults } from '../../lib/queries/checkins.ts';
import { useSession } from '../../lib/queries/session.ts';
import { TIER_LABEL } from '../accounts/meta.ts';
import { CADENCE_OPTIONS } from './meta.ts';

const TIER_NAME = { ...TIER_LABEL, untiered: 'No tier' } as const;

/** The default check-in cadence per account tier; admins change it. */
export function CadenceSettings(_props: Record<string, never>) {
  const me = useSession();
  const canManage = can(me.role, 'workspace:manage');
  const defaults = useCadenceDefaults();
  const save = useSetCadenceDefaults();
  const form = useForm<CheckinCadenceDefaults>({
    initialValues: {
      strategic: 'biweekly',
      enterprise: 'monthly',
      growth: 'monthly',
      starter: 'quarterly',
      untiered: 'monthly',
    },
  });
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset when the saved defaults change
  useEffect(() => {
    if (!defaults.data) return;
    form.setValues(defaults.data);
    form.resetDirty(defaults.data);
  }, [defaults.data]);

  if (defaults.isPending) return <BlockSkeleton lines={5} />;
  if (defaults.isError) return <LoadError error={defaults.error} onRetry={() => void defaults.refetch()} />;
  const submit = form.onSubmit((v) => {
    const changed = Object.fromEntries(
      CADENCE_TIER_KEYS.filter((k) => v[k] !== defaults.data[k]).map((k) => [k, v[k]]),
    );
    save.mutate(changed, {
      onSuccess: () => notifySuccess('Check-in cadences saved'),
      onError: (e) => notifyError(e, 'Could not save the cadences'),
    });
  });
  return (
    <Paper withBorder p="lg" maw={760}>
      <form onSubmit={submit}>
        <Stack gap="md">
          <div>
            <Title order={3}>Check-in cadence by tier</Title>
            <Text size="sm" c="dimmed">
              Customers and advocates get a check-in on this cadence, counted from the last one held. An
              account can have its own cadence on its Check-ins tab.
            </Text>
          </div>
          {canManage ? null : (
            <Alert variant="light" color="blue" icon={<IconInfoCircle size={18} />}>
              Only admins can change the defaults.
            </Alert>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {CADENCE_TIER_KEYS.map((tier) => (
              <ChoiceSelect
                key={tier}
                label={TIER_NAME[tier]}
                data={CADENCE_OPTIONS}
                disabled={!canManage}
                {...form.getInputProps(tier)}
                onChange={(v) => form.setFieldValue(tier, (v ?? 'none') as CheckinCadence)}
              />
            ))}
          </SimpleGrid>
          {canManage ? (
            <Group justify="flex-end">
              <Button type="submit" disabled={!form.isDirty()} loading={save.isPending}>
                Save cadences
              </Button>
            </Group>
          ) : null}
        </Stack>
      </form>
    </Paper>
  );
}

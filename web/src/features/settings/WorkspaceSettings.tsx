import { Alert, Button, Group, NumberInput, Paper, Select, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconInfoCircle } from '@tabler/icons-react';
import { useEffect, useMemo } from 'react';

import { formatMoney } from '../../lib/format.ts';
import { showFormError } from '../../lib/formErrors.ts';
import { notifySuccess } from '../../lib/notify.ts';
import { can } from '../../lib/permissions.ts';
import { useSession } from '../../lib/queries/session.ts';
import { useUpdateWorkspace } from '../../lib/queries/workspace.ts';

const COMMON_CURRENCIES = [
  'USD',
  'EUR',
  'GBP',
  'CHF',
  'CAD',
  'AUD',
  'JPY',
  'SEK',
  'NOK',
  'DKK',
  'INR',
  'BRL',
  'SGD',
  'NZD',
  'ZAR',
];

function currencyOptions(current: string) {
  const codes: string[] =
    typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('currency') : COMMON_CURRENCIES;
  const names = new Intl.DisplayNames(undefined, { type: 'currency' });
  const all = [...new Set([current, ...COMMON_CURRENCIES, ...codes])];
  return all.map((code) => ({ value: code, label: `${code} · ${names.of(code) ?? code}` }));
}

function timezoneOptions(current: string) {
  const zones: string[] =
    typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return [...new Set(['UTC', current, ...zones])];
}

export function WorkspaceSettings() {
  const me = useSession();
  const canManage = can(me.role, 'workspace:manage');
  const update = useUpdateWorkspace();
  const ws = me.workspace;
  const currencies = useMemo(() => currencyOptions(ws.currency), [ws.currency]);
  const zones = useMemo(() => timezoneOptions(ws.timezone), [ws.timezone]);
  const form = useForm({
    initialValues: {
      name: ws.name,
      currency: ws.currency,
      timezone: ws.timezone,
      usageRetentionDays: ws.usageRetentionDays,
    },
    validate: {
      name: (v) => (v.trim() ? null : 'The workspace needs a name'),
      usageRetentionDays: (v) =>
        Number.isInteger(v) && v >= 30 && v <= 3650 ? null : 'Between 30 and 3,650 days',
    },
  });

  // biome-ignore lint/correctness/useExhaustiveDependencies: reset when the saved workspace changes
  useEffect(() => {
    const values = {
      name: ws.name,
      currency: ws.currency,
      timezone: ws.timezone,
      usageRetentionDays: ws.usageRetentionDays,
    };
    form.setValues(values);
    form.resetDirty(values);
  }, [ws.name, ws.currency, ws.timezone, ws.usageRetentionDays]);

  const submit = form.onSubmit((v) => {
    const input: Partial<typeof v> = {};
    if (v.name.trim() !== ws.name) input.name = v.name.trim();
    if (v.currency !== ws.currency) input.currency = v.currency;
    if (v.timezone !== ws.timezone) input.timezone = v.timezone;
    if (v.usageRetentionDays !== ws.usageRetentionDays) input.usageRetentionDays = v.usageRetentionDays;
    if (Object.keys(input).length === 0) return;
    update.mutate(input, {
      onSuccess: () => notifySuccess('Workspace settings saved'),
      onError: (e) => {
        showFormError(form, e, 'Could not save the settings');
      },
    });
  });

  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} maw={640}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {canManage ? null : (
            <Alert icon={<IconInfoCircle size={18} />} color="gray" variant="light">
              Only admins can change workspace settings.
            </Alert>
          )}
          <TextInput label="Workspace name" required readOnly={!canManage} {...form.getInputProps('name')} />
          <Select
            label="Currency"
            description={`Money is shown like ${formatMoney(125000, form.values.currency)}`}
            data={currencies}
            searchable
            allowDeselect={false}
            readOnly={!canManage}
            {...form.getInputProps('currency')}
          />
          <Select
            label="Time zone"
            description="Dates and times in the app and in emails use this zone"
            data={zones}
            searchable
            allowDeselect={false}
            limit={100}
            readOnly={!canManage}
            {...form.getInputProps('timezone')}
          />
          <NumberInput
            label="Keep raw product events for (days)"
            description="Older events are deleted every few hours; the daily usage figures built from them stay."
            min={30}
            max={3650}
            allowDecimal={false}
            readOnly={!canManage}
            {...form.getInputProps('usageRetentionDays')}
          />
          {canManage ? (
            <Group justify="space-between">
              <Text size="xs" c="dimmed">
                Changing the currency relabels amounts; it does not convert them.
              </Text>
              <Button type="submit" disabled={!form.isDirty()} loading={update.isPending}>
                Save settings
              </Button>
            </Group>
          ) : null}
        </Stack>
      </form>
    </Paper>
  );
}

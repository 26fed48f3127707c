import {
  Button,
  Checkbox,
  Divider,
  Group,
  Modal,
  NumberInput,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconEye } from '@tabler/icons-react';
import {
  type LifecycleRule,
  type Phase,
  type RuleConditionType,
  type RuleDefinition,
  ruleSummary,
  type Tier,
} from '@trustcircle/contracts';
import { useEffect } from 'react';
import { ChoiceSelect } from '../../components/ChoiceSelect.tsx';
import { fieldErrors } from '../../lib/api.ts';
import { notifyError, notifySuccess } from '../../lib/notify.ts';
import { useCreateRule, usePreviewDraft, useUpdateRule } from '../../lib/queries/rules.ts';
import { TIER_OPTIONS } from '../accounts/meta.ts';
import { PHASE_OPTIONS } from './meta.ts';
import { RulePreviewTable } from './RulePreviewTable.tsx';
import { ruleLine, ruleSentence } from './ruleWords.ts';

type Values = {
  name: string;
  type: RuleConditionType;
  phase: Phase;
  days: number | string;
  target: Phase;
  tiers: Tier[];
  enabled: boolean;
};

const START: Record<RuleConditionType, Pick<Values, 'phase' | 'days' | 'target'>> = {
  days_in_phase: { phase: 'onboarding', days: 60, target: 'adoption' },
  days_before_renewal: { phase: 'onboarding', days: 90, target: 'renewal' },
};

function valuesOf(rule: LifecycleRule | null): Values {
  if (!rule) return { name: '', type: 'days_in_phase', ...START.days_in_phase, tiers: [], enabled: true };
  const { condition, move, tiers } = rule.definition;
  return {
    // A rule named after its wording shows an empty name, so it keeps following the wording.
    name: rule.name === rule.summary ? '' : rule.name,
    type: condition.type,
    phase: condition.type === 'days_in_phase' ? condition.phase : 'onboarding',
    days: condition.days,
    target: move.phase,
    tiers: tiers ?? [],
    enabled: rule.enabled,
  };
}

/** The definition the form describes, or null while it is incomplete. */
function definitionOf(v: Values): RuleDefinition | null {
  const days = Number(v.days);
  if (v.days === '' || !Number.isInteger(days)) return null;
  const condition =
    v.type === 'days_in_phase'
      ? { type: 'days_in_phase' as const, phase: v.phase, days }
      : { type: 'days_before_renewal' as const, days };
  return { condition, move: { phase: v.target }, ...(v.tiers.length ? { tiers: v.tiers } : {}) };
}

/** Server answers name fields like `definition.condition.days`; the form's fields are flat. */
const FIELD: Record<string, keyof Values> = {
  name: 'name',
  'definition.condition.days': 'days',
  'definition.condition.phase': 'phase',
  'definition.move.phase': 'target',
  'definition.tiers': 'tiers',
};

/** Adds or edits a rule, with a preview of what it would move before it is saved. */
export function RuleFormModal({
  opened,
  rule,
  onClose,
}: {
  opened: boolean;
  /** null adds a new rule */
  rule: LifecycleRule | null;
  onClose: () => void;
}) {
  const create = useCreateRule();
  const update = useUpdateRule();
  const preview = usePreviewDraft();
  const form = useForm<Values>({
    initialValues: valuesOf(rule),
    validate: {
      days: (v, all) => {
        const n = Number(v);
        const max = all.type === 'days_in_phase' ? 1000 : 730;
        const min = all.type === 'days_in_phase' ? 1 : 0;
        return v === '' || !Number.isInteger(n) || n < min || n > max
          ? `A whole number from ${min} to ${max}`
          : null;
      },
      target: (v, all) =>
        all.type === 'days_in_phase' && v === all.phase
          ? 'Pick another phase than the one it waits in'
          : null,
    },
  });
  // The form opens on the rule being edited (or a fresh one); a stale preview goes with it.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset only when the dialog opens
  useEffect(() => {
    if (!opened) return;
    form.setValues(valuesOf(rule));
    form.resetDirty(valuesOf(rule));
    form.clearErrors();
    preview.reset();
  }, [opened, rule?.id]);

  const definition = definitionOf(form.values);
  const saving = create.isPending || update.isPending;
  const close = () => {
    onClose();
    create.reset();
    update.reset();
  };
  const onError = (e: unknown) => {
    const errors = Object.fromEntries(
      Object.entries(fieldErrors(e)).flatMap(([k, m]) => (FIELD[k] ? [[FIELD[k], m]] : [])),
    );
    if (Object.keys(errors).length) form.setErrors(errors);
    else notifyError(e, 'Could not save the rule');
  };
  const submit = form.onSubmit((v) => {
    const def = definitionOf(v);
    if (!def) return;
    const name = v.name.trim() || undefined;
    const done = (saved: LifecycleRule) => {
      notifySuccess(
        saved.enabled ? 'It runs once an hour.' : 'It is off until you switch it on.',
        `Saved "${saved.name}"`,
      );
      close();
    };
    if (rule) {
      // An emptied name means "name it after its wording" again.
      const renamed = name ?? (rule.name !== rule.summary ? ruleSummary(def) : undefined);
      update.mutate(
        { id: rule.id, definition: def, enabled: v.enabled, ...(renamed ? { name: renamed } : {}) },
        { onSuccess: done, onError },
      );
    } else {
      create.mutate({ name, definition: def, enabled: v.enabled }, { onSuccess: done, onError });
    }
  });
  const runPreview = () => {
    if (form.validate().hasErrors || !definition) return;
    preview.mutate({ definition, ...(form.values.name.trim() ? { name: form.values.name.trim() } : {}) });
  };
  // Any change makes the last preview stale.
  const change = <K extends keyof Values>(field: K, value: Values[K]) => {
    form.setValues({ [field]: value } as Partial<Values>);
    preview.reset();
  };

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={rule ? `Edit "${rule.name}"` : 'New lifecycle rule'}
      size="lg"
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Stack gap={4}>
            <Text size="sm" fw={500} id="rule-when-label">
              When
            </Text>
            <SegmentedControl
              fullWidth
              aria-labelledby="rule-when-label"
              data={[
                { value: 'days_in_phase', label: 'Time in a phase' },
                { value: 'days_before_renewal', label: 'Before renewal' },
              ]}
              value={form.values.type}
              onChange={(t) => {
                const type = t as RuleConditionType;
                form.setValues({ type, ...START[type] });
                preview.reset();
              }}
            />
          </Stack>
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            {form.values.type === 'days_in_phase' ? (
              <ChoiceSelect
                label="Phase it waits in"
                data={PHASE_OPTIONS}
                value={form.values.phase}
                onChange={(p) => change('phase', (p ?? 'onboarding') as Phase)}
              />
            ) : null}
            <NumberInput
              label={
                form.values.type === 'days_in_phase' ? 'Days in that phase' : 'Days before the renewal date'
              }
              min={form.values.type === 'days_in_phase' ? 1 : 0}
              max={form.values.type === 'days_in_phase' ? 1000 : 730}
              allowDecimal={false}
              allowNegative={false}
              {...form.getInputProps('days')}
              onChange={(v) => change('days', v)}
            />
            <ChoiceSelect
              label="Move to phase"
              data={PHASE_OPTIONS}
              {...form.getInputProps('target')}
              onChange={(p) => change('target', (p ?? 'adoption') as Phase)}
            />
          </SimpleGrid>
          <Checkbox.Group
            label="Only these tiers"
            description="Leave all unticked for every account"
            value={form.values.tiers}
            onChange={(t) => change('tiers', t as Tier[])}
            error={form.errors.tiers}
          >
            <Group gap="md" mt={6}>
              {TIER_OPTIONS.map((t) => (
                <Checkbox key={t.value} value={t.value} label={t.label} />
              ))}
            </Group>
          </Checkbox.Group>
          <TextInput
            label="Name"
            description="Shown on every account it moves: “Rule: <name>”"
            placeholder={definition ? ruleSummary(definition) : 'Onboarding ends after 60 days'}
            maxLength={100}
            {...form.getInputProps('name')}
            onChange={(e) => change('name', e.currentTarget.value)}
          />
          <Switch
            label="On: runs by itself once an hour"
            {...form.getInputProps('enabled', { type: 'checkbox' })}
          />
          {definition ? (
            <Text size="sm" c="dimmed" aria-live="polite">
              <Text span fw={600} c="var(--mantine-color-text)">
                {ruleLine(definition)}.
              </Text>{' '}
              {ruleSentence(definition)}
            </Text>
          ) : null}
          <Divider />
          <Group justify="space-between">
            <Button
              variant="light"
              leftSection={<IconEye size={16} />}
              onClick={runPreview}
              loading={preview.isPending}
            >
              Preview
            </Button>
            <Group gap="xs">
              <Button variant="default" onClick={close}>
                Cancel
              </Button>
              <Button type="submit" loading={saving}>
                {rule ? 'Save rule' : 'Add rule'}
              </Button>
            </Group>
          </Group>
          {preview.isIdle ? null : (
            <RulePreviewTable
              preview={preview.data}
              loading={preview.isPending}
              error={preview.error}
              onRetry={runPreview}
            />
          )}
        </Stack>
      </form>
    </Modal>
  );
}

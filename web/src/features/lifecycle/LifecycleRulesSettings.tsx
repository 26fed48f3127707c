import { Button, Collapse, Group, Paper, Stack, Switch, Text, Title } from '@mantine/core';
import {
  IconEye,
  IconEyeOff,
  IconPencil,
  IconPlayerPlay,
  IconPlus,
  IconRoute,
  IconTrash,
} from '@tabler/icons-react';
import type { LifecycleRule } from '@trustcircle/contracts';
import { useState } from 'react';
import { Empty, LoadError, TableSkeleton } from '../../components/States.tsx';
import { confirmAction } from '../../lib/confirm.tsx';
import { notifyError, notifyInfo, notifySuccess } from '../../lib/notify.ts';
import { can } from '../../lib/permissions.ts';
import {
  useApplyRule,
  useDeleteRule,
  useLifecycleRules,
  useRulePreview,
  useUpdateRule,
} from '../../lib/queries/rules.ts';
import { useSession } from '../../lib/queries/session.ts';
import { ItemNotOpened } from '../settings/ItemNotOpened.tsx';
import { openedItem } from '../settings/openedItem.ts';
import { useSectionItem } from '../settings/useSectionItem.ts';
import { RuleFormModal } from './RuleFormModal.tsx';
import { RulePreviewTable } from './RulePreviewTable.tsx';
import { ruleLine, ruleSentence } from './ruleWords.ts';

/**
 * Settings → Lifecycle rules: the rules that move customers between phases by themselves.
 * `item` is the rule open for editing, from the address (/settings/lifecycle-rules/<id>, or
 * /new for a new one).
 */
export function LifecycleRulesSettings({ item }: { item?: string | undefined }) {
  const me = useSession();
  const manage = can(me.role, 'lifecycle:manage');
  const rules = useLifecycleRules();
  const address = useSectionItem('lifecycle-rules');
  const opened = openedItem(item, rules.data?.data, manage);
  // undefined: closed; null: a new rule; a rule: editing it.
  const editing = opened.kind === 'new' ? null : opened.kind === 'found' ? opened.item : undefined;

  const addButton = manage ? (
    <Button leftSection={<IconPlus size={16} />} onClick={() => address.open('new')}>
      Add rule
    </Button>
  ) : null;

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <div style={{ flex: '1 1 420px' }}>
          <Title order={2} fz="lg">
            Lifecycle rules
          </Title>
          <Text size="sm" c="dimmed">
            Rules move customers from one phase to the next by themselves, once an hour, counting days in the
            workspace's time zone ({me.workspace.timezone}). Each move goes on the account's history and
            timeline with the rule's name as its reason.
            {manage ? '' : ' Managers and admins can change them.'}
          </Text>
        </div>
        {rules.data?.data.length ? addButton : null}
      </Group>
      <ItemNotOpened opened={opened} noun="rule" onClose={address.close} />
      {rules.isPending ? (
        <TableSkeleton rows={2} columns={3} />
      ) : rules.isError ? (
        <LoadError
          error={rules.error}
          onRetry={() => void rules.refetch()}
          title="Could not load the rules"
        />
      ) : rules.data.data.length === 0 ? (
        <Paper withBorder>
          <Empty
            icon={<IconRoute size={28} />}
            title="No lifecycle rules"
            description="Without rules, customers change phase only when someone moves them. A rule can end onboarding after a number of days, or start the renewal phase ahead of the renewal date."
            action={addButton}
          />
        </Paper>
      ) : (
        rules.data.data.map((r) => (
          <RuleCard key={r.id} rule={r} manage={manage} onEdit={() => address.open(r.id)} />
        ))
      )}
      <RuleFormModal opened={editing !== undefined} rule={editing ?? null} onClose={address.close} />
    </Stack>
  );
}

function RuleCard({ rule, manage, onEdit }: { rule: LifecycleRule; manage: boolean; onEdit: () => void }) {
  const [showPreview, setShowPreview] = useState(false);
  const preview = useRulePreview(rule.id, showPreview);
  const update = useUpdateRule();
  const apply = useApplyRule();
  const remove = useDeleteRule();
  const named = rule.name !== rule.summary;

  const toggle = (enabled: boolean) =>
    update.mutate(
      { id: rule.id, enabled },
      {
        onSuccess: () =>
          notifySuccess(
            enabled ? 'It runs once an hour from now on.' : 'It moves nothing until you switch it on again.',
            `"${rule.name}" is ${enabled ? 'on' : 'off'}`,
          ),
        onError: (e) => notifyError(e, 'Could not change the rule'),
      },
    );
  const askApply = () =>
    confirmAction({
      title: `Apply "${rule.name}" now?`,
      message: `The accounts it matches move at once instead of at the next hourly run, each with "Rule: ${rule.name}" on its history. Use Preview to see which.`,
      confirmLabel: 'Apply now',
      danger: false,
      onConfirm: () =>
        apply.mutate(rule.id, {
          onSuccess: (run) => {
            if (run.moved === 0) notifyInfo('No account matches it right now.', 'Nothing to move');
            else notifySuccess(`${run.moved} ${run.moved === 1 ? 'account' : 'accounts'} moved`, rule.name);
            if (showPreview) void preview.refetch();
          },
          onError: (e) => notifyError(e, 'Could not apply the rule'),
        }),
    });
  const askDelete = () =>
    confirmAction({
      title: `Delete "${rule.name}"?`,
      message: 'It stops moving accounts. The moves it already made stay on the accounts’ histories.',
      confirmLabel: 'Delete rule',
      onConfirm: () =>
        remove.mutate(rule.id, {
          onSuccess: () => notifySuccess(`"${rule.name}" was deleted`),
          onError: (e) => notifyError(e, 'Could not delete the rule'),
        }),
    });

  return (
    <Paper withBorder p="md" style={rule.enabled ? undefined : { opacity: 0.85 }}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Text fw={600}>{named ? rule.name : ruleLine(rule.definition)}</Text>
            {named ? <Text size="sm">{ruleLine(rule.definition)}</Text> : null}
            <Text size="sm" c="dimmed">
              {ruleSentence(rule.definition)}
            </Text>
          </Stack>
          <Switch
            checked={rule.enabled}
            onChange={(e) => toggle(e.currentTarget.checked)}
            disabled={!manage || update.isPending}
            label={rule.enabled ? 'On' : 'Off'}
            labelPosition="left"
            aria-label={`${rule.name}: runs by itself`}
          />
        </Group>
        <Group gap="xs">
          <Button
            size="xs"
            variant="light"
            leftSection={showPreview ? <IconEyeOff size={14} /> : <IconEye size={14} />}
            onClick={() => setShowPreview((v) => !v)}
            aria-expanded={showPreview}
          >
            {showPreview ? 'Hide preview' : 'Preview'}
          </Button>
          {manage ? (
            <>
              <Button
                size="xs"
                variant="light"
                leftSection={<IconPlayerPlay size={14} />}
                onClick={askApply}
                disabled={!rule.enabled}
                title={rule.enabled ? undefined : 'Switch the rule on to apply it'}
                loading={apply.isPending}
              >
                Apply now
              </Button>
              <Button size="xs" variant="subtle" leftSection={<IconPencil size={14} />} onClick={onEdit}>
                Edit
              </Button>
              <Button
                size="xs"
                variant="subtle"
                color="red"
                leftSection={<IconTrash size={14} />}
                onClick={askDelete}
                aria-label={`Delete ${rule.name}`}
              >
                Delete
              </Button>
            </>
          ) : null}
        </Group>
        <Collapse expanded={showPreview}>
          <RulePreviewTable
            preview={preview.data}
            loading={preview.isFetching && !preview.data}
            error={preview.error}
            onRetry={() => void preview.refetch()}
          />
        </Collapse>
      </Stack>
    </Paper>
  );
}

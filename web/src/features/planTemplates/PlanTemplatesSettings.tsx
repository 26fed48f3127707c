import { Badge, Button, Collapse, Group, Paper, Stack, Switch, Text, Title } from '@mantine/core';
import {
  IconArchive,
  IconArchiveOff,
  IconChevronDown,
  IconChevronUp,
  IconPencil,
  IconPlus,
  IconTemplate,
} from '@tabler/icons-react';
import type { PlanTemplate } from '@trustcircle/contracts';
import { useState } from 'react';
import { Empty, LoadError, TableSkeleton } from '../../components/States.tsx';
import { confirmAction } from '../../lib/confirm.tsx';
import { notifyError, notifySuccess } from '../../lib/notify.ts';
import { can } from '../../lib/permissions.ts';
import {
  useArchivePlanTemplate,
  usePlanTemplates,
  useUpdatePlanTemplate,
} from '../../lib/queries/planTemplates.ts';
import { useSession } from '../../lib/queries/session.ts';
import { ItemNotOpened } from '../settings/ItemNotOpened.tsx';
import { openedItem } from '../settings/openedItem.ts';
import { useSectionItem } from '../settings/useSectionItem.ts';
import { autoStartWords, KIND_LABEL, sizeWords } from './meta.ts';
import { TemplateFormModal } from './TemplateFormModal.tsx';
import { TemplateOutline } from './TemplateOutline.tsx';

/**
 * Settings → Plan templates: the plans a team starts again and again, dated from their start.
 * `item` is the template open for editing, from the address (/settings/plan-templates/<id>,
 * or /new for a new one).
 */
export function PlanTemplatesSettings({ item }: { item?: string | undefined }) {
  const me = useSession();
  const manage = can(me.role, 'lifecycle:manage');
  const [showArchived, setShowArchived] = useState(false);
  const templates = usePlanTemplates({ archived: showArchived });
  const address = useSectionItem('plan-templates');
  // Archived templates cannot be edited (restore one first), so only the others open.
  const opened = openedItem(
    item,
    templates.data?.data.filter((t) => !t.archived),
    manage,
  );
  // undefined: closed; null: a new template; a template: editing it.
  const editing = opened.kind === 'new' ? null : opened.kind === 'found' ? opened.item : undefined;

  const addButton = manage ? (
    <Button leftSection={<IconPlus size={16} />} onClick={() => address.open('new')}>
      Add template
    </Button>
  ) : null;
  const list = templates.data?.data ?? [];

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <div style={{ flex: '1 1 420px' }}>
          <Title order={2} fz="lg">
            Plan templates
          </Title>
          <Text size="sm" c="dimmed">
            A template is a mutual action plan to start again: milestones and tasks on both sides, each due so
            many days after the plan starts or after another task. Start a plan from one on an account, or let
            one start by itself when an account enters a stage or phase.
            {manage ? '' : ' Managers and admins can change them.'}
          </Text>
        </div>
        {list.length ? addButton : null}
      </Group>
      <ItemNotOpened opened={opened} noun="template" onClose={address.close} />
      <Switch
        label="Show archived templates"
        checked={showArchived}
        onChange={(e) => setShowArchived(e.currentTarget.checked)}
      />
      {templates.isPending ? (
        <TableSkeleton rows={2} columns={3} />
      ) : templates.isError ? (
        <LoadError
          error={templates.error}
          onRetry={() => void templates.refetch()}
          title="Could not load the templates"
        />
      ) : list.length === 0 ? (
        <Paper withBorder>
          <Empty
            icon={<IconTemplate size={28} />}
            title="No plan templates"
            description="Write down how your onboarding or renewal goes once, with what each side does and when, and start it on any account in a click."
            action={addButton}
          />
        </Paper>
      ) : (
        list.map((t) => (
          <TemplateCard key={t.id} template={t} manage={manage} onEdit={() => address.open(t.id)} />
        ))
      )}
      <TemplateFormModal opened={editing !== undefined} template={editing ?? null} onClose={address.close} />
    </Stack>
  );
}

function TemplateCard({
  template,
  manage,
  onEdit,
}: {
  template: PlanTemplate;
  manage: boolean;
  onEdit: () => void;
}) {
  const [open, setOpen] = useState(false);
  const archive = useArchivePlanTemplate();
  const update = useUpdatePlanTemplate();
  const auto = autoStartWords(template);

  const askArchive = () =>
    confirmAction({
      title: `Archive "${template.name}"?`,
      message:
        'It starts no more plans, by hand or by itself. The plans it already started stay as they are. You can restore it later.',
      confirmLabel: 'Archive template',
      onConfirm: () =>
        archive.mutate(template.id, {
          onSuccess: () => notifySuccess(`"${template.name}" was archived`),
          onError: (e) => notifyError(e, 'Could not archive the template'),
        }),
    });
  const restore = () =>
    update.mutate(
      { id: template.id, archived: false },
      {
        onSuccess: () =>
          notifySuccess(
            auto ? `${auto}, again.` : 'Plans can be started from it again.',
            `"${template.name}" is back`,
          ),
        onError: (e) => notifyError(e, 'Could not restore the template'),
      },
    );

  return (
    <Paper withBorder p="md" style={template.archived ? { opacity: 0.8 } : undefined}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Group gap="xs">
              <Text fw={600}>{template.name}</Text>
              <Badge variant="light" color="gray">
                {KIND_LABEL[template.kind]}
              </Badge>
              {template.archived ? (
                <Badge variant="outline" color="gray">
                  Archived
                </Badge>
              ) : null}
            </Group>
            {template.goal ? <Text size="sm">{template.goal}</Text> : null}
            <Text size="sm" c="dimmed">
              {sizeWords(template)}
            </Text>
            <Text size="sm" c={auto ? undefined : 'dimmed'}>
              {auto ?? 'Started by hand only'}
            </Text>
          </Stack>
        </Group>
        <Group gap="xs">
          <Button
            size="xs"
            variant="light"
            leftSection={open ? <IconChevronUp size={14} /> : <IconChevronDown size={14} />}
            onClick={() => setOpen((o) => !o)}
            aria-expanded={open}
            disabled={template.tasks.length === 0 && template.milestones.length === 0}
          >
            {open ? 'Hide the plan' : 'Show the plan'}
          </Button>
          {manage && !template.archived ? (
            <>
              <Button size="xs" variant="subtle" leftSection={<IconPencil size={14} />} onClick={onEdit}>
                Edit
              </Button>
              <Button
                size="xs"
                variant="subtle"
                color="red"
                leftSection={<IconArchive size={14} />}
                onClick={askArchive}
                aria-label={`Archive ${template.name}`}
              >
                Archive
              </Button>
            </>
          ) : null}
          {manage && template.archived ? (
            <Button
              size="xs"
              variant="subtle"
              leftSection={<IconArchiveOff size={14} />}
              onClick={restore}
              loading={update.isPending}
            >
              Restore
            </Button>
          ) : null}
        </Group>
        <Collapse expanded={open}>
          <TemplateOutline template={template} />
        </Collapse>
      </Stack>
    </Paper>
  );
}

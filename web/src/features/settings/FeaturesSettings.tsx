import {
  ActionIcon,
  Button,
  Code,
  Group,
  Paper,
  Stack,
  Text,
  TextInput,
  Title,
  Tooltip,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPlus, IconPuzzle, IconTrash } from '@tabler/icons-react';
import type { Feature } from '@trustcircle/contracts';
import { DataTable } from 'mantine-datatable';
import { Empty, LoadError, TableSkeleton } from '../../components/States.tsx';
import { fieldErrors } from '../../lib/api.ts';
import { confirmAction } from '../../lib/confirm.tsx';
import { fromNow } from '../../lib/format.ts';
import { notifyError, notifySuccess } from '../../lib/notify.ts';
import { can } from '../../lib/permissions.ts';
import { useSession } from '../../lib/queries/session.ts';
import { useCreateFeature, useDeleteFeature, useFeatures } from '../../lib/queries/usage.ts';

/**
 * The features worth adopting, each named by the event that means "they used it". Adoption
 * is read from the events already received, so a feature added today shows past use too.
 */
export function FeaturesSettings() {
  const me = useSession();
  const canManage = can(me.role, 'usage:manage');
  const features = useFeatures();
  const remove = useDeleteFeature();

  const askRemove = (f: Feature) =>
    confirmAction({
      title: `Remove "${f.name}"?`,
      message:
        'Accounts no longer show whether they adopted it. The events stay, so adding it again brings the history back.',
      confirmLabel: 'Remove feature',
      onConfirm: () =>
        remove.mutate(f.id, {
          onSuccess: () => notifySuccess(`"${f.name}" was removed`),
          onError: (e) => notifyError(e, 'Could not remove the feature'),
        }),
    });

  return (
    <Stack gap="sm">
      <div>
        <Title order={2} fz="lg">
          Features
        </Title>
        <Text size="sm" c="dimmed">
          The parts of your product you want customers to adopt. Name each one after the event your product
          sends when someone uses it: a track event such as <Code>Report Created</Code>, or{' '}
          <Code>page:Dashboard</Code> / <Code>screen:Home</Code> for a page or screen. Each account's Usage
          tab then shows which features it adopted, and when.
        </Text>
      </div>
      {canManage ? <AddFeatureForm /> : null}
      {features.isPending ? (
        <TableSkeleton rows={3} columns={3} />
      ) : features.isError ? (
        <LoadError
          error={features.error}
          onRetry={() => void features.refetch()}
          title="Could not load the features"
        />
      ) : features.data.data.length === 0 ? (
        <Paper withBorder>
          <Empty
            icon={<IconPuzzle size={28} />}
            title="No features yet"
            description={
              canManage
                ? 'Add the two or three features that make customers successful, so you can see who adopted them.'
                : 'A manager or admin can list the features that matter, so you can see which accounts adopted them.'
            }
          />
        </Paper>
      ) : (
        <DataTable<Feature>
          withTableBorder
          borderRadius="md"
          verticalSpacing="sm"
          records={features.data.data}
          idAccessor="id"
          columns={[
            {
              accessor: 'name',
              title: 'Feature',
              render: (f) => (
                <Text size="sm" fw={600}>
                  {f.name}
                </Text>
              ),
            },
            {
              accessor: 'event',
              title: 'Event',
              render: (f) => <Code style={{ wordBreak: 'break-all' }}>{f.event}</Code>,
            },
            {
              accessor: 'createdAt',
              title: 'Added',
              visibleMediaQuery: (t) => `(min-width: ${t.breakpoints.sm})`,
              render: (f) => (
                <Text size="sm" c="dimmed">
                  {fromNow(f.createdAt)}
                </Text>
              ),
            },
            {
              accessor: 'actions',
              title: '',
              textAlign: 'right',
              hidden: !canManage,
              render: (f) => (
                <Tooltip label="Remove feature">
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={`Remove ${f.name}`}
                    onClick={() => askRemove(f)}
                  >
                    <IconTrash size={16} />
                  </ActionIcon>
                </Tooltip>
              ),
            },
          ]}
        />
      )}
    </Stack>
  );
}

function AddFeatureForm() {
  const create = useCreateFeature();
  const form = useForm<{ name: string; event: string }>({
    initialValues: { name: '', event: '' },
    validate: {
      name: (v) => (v.trim() ? null : 'Name the feature, e.g. "Reports"'),
      event: (v) => (v.trim() ? null : 'The event that means it was used, e.g. "Report Created"'),
    },
  });
  const submit = form.onSubmit((v) =>
    create.mutate(
      { name: v.name.trim(), event: v.event.trim() },
      {
        onSuccess: (f) => {
          notifySuccess(`"${f.name}" was added`);
          form.reset();
        },
        onError: (e) => {
          form.setErrors(fieldErrors(e));
          notifyError(e, 'Could not add the feature');
        },
      },
    ),
  );

  return (
    <form onSubmit={submit} noValidate aria-label="Add a feature">
      <Group gap="sm" align="flex-start" wrap="wrap">
        <TextInput
          label="Feature name"
          placeholder="Reports"
          style={{ flex: '1 1 200px' }}
          {...form.getInputProps('name')}
        />
        <TextInput
          label="Event"
          placeholder="Report Created"
          style={{ flex: '2 1 260px' }}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
          {...form.getInputProps('event')}
        />
        {/* Lines the button up with the inputs, below their labels. */}
        <Button type="submit" leftSection={<IconPlus size={16} />} loading={create.isPending} mt={25}>
          Add feature
        </Button>
      </Group>
    </form>
  );
}

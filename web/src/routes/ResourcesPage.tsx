import { Button, Code, Group, Paper, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { IconArchive, IconFilterOff, IconLifebuoy, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../components/PageHeader.tsx';
import { Empty, LoadError, TableSkeleton } from '../components/States.tsx';
import { isResourceKind, RESOURCE_KIND_META, RESOURCE_KIND_OPTIONS } from '../features/resources/meta.tsx';
import { ResourceFormModal } from '../features/resources/ResourceFormModal.tsx';
import {
  isResourceSort,
  type ResourceSort,
  ResourcesTable,
  sortResources,
} from '../features/resources/ResourcesTable.tsx';
import { can } from '../lib/permissions.ts';
import { useResources } from '../lib/queries/resources.ts';
import { useSession } from '../lib/queries/session.ts';

/** Filters and sort live in the address, so a reload or a shared link keeps them. */
function useCatalogParams() {
  const [params, setParams] = useSearchParams();
  const rawKind = params.get('kind') ?? '';
  const kind = isResourceKind(rawKind) ? rawKind : null;
  const archived = params.get('archived') === '1';
  const rawSort = params.get('sort') ?? '';
  const desc = rawSort.startsWith('-');
  const key = desc ? rawSort.slice(1) : rawSort;
  const sort: ResourceSort = isResourceSort(key) ? key : 'title';
  const direction: 'asc' | 'desc' = isResourceSort(key) && desc ? 'desc' : 'asc';
  const set = (name: string, value: string | null) =>
    setParams(
      (p) => {
        const n = new URLSearchParams(p);
        if (value) n.set(name, value);
        else n.delete(name);
        return n;
      },
      { replace: true },
    );
  return {
    kind,
    archived,
    sort,
    direction,
    setKind: (k: string | null) => set('kind', k),
    setArchived: (a: boolean) => set('archived', a ? '1' : null),
    setSort: (s: ResourceSort, d: 'asc' | 'desc') =>
      set('sort', s === 'title' && d === 'asc' ? null : `${d === 'desc' ? '-' : ''}${s}`),
  };
}

export function ResourcesPage() {
  const me = useSession();
  const canManage = can(me.role, 'resources:manage');
  const p = useCatalogParams();
  const resources = useResources(p.archived);
  const [adding, setAdding] = useState(false);

  const addButton = canManage ? (
    <Button leftSection={<IconPlus size={16} />} onClick={() => setAdding(true)}>
      Add resource
    </Button>
  ) : null;

  const all = resources.data?.data ?? [];
  const shown = sortResources(p.kind ? all.filter((r) => r.kind === p.kind) : all, p.sort, p.direction);
  // A catalog with nothing in it needs a first step, not a filter bar over an empty table.
  const firstRun = !p.archived && !p.kind && resources.isSuccess && all.length === 0;

  const empty = p.kind ? (
    <Empty
      icon={<IconFilterOff size={28} />}
      title={`No ${RESOURCE_KIND_META[p.kind].label.toLowerCase()} ${p.archived ? 'archived' : 'yet'}`}
      description="Pick another kind, or show every kind."
      action={
        <Button variant="default" onClick={() => p.setKind(null)}>
          Show all kinds
        </Button>
      }
    />
  ) : (
    <Empty
      icon={<IconArchive size={28} />}
      title="Nothing archived"
      description="Archived resources leave the catalog and the accounts' lists; their tracking links keep working and their uses stay counted."
    />
  );

  return (
    <>
      <PageHeader
        title="Resources"
        description="The help you offer customers, how often each account uses it, and whether it helped"
        actions={firstRun ? null : addButton}
      />
      {firstRun ? (
        <Paper withBorder>
          <Empty
            icon={<IconLifebuoy size={28} />}
            title="No support resources yet"
            description={
              <Stack gap="xs" component="span">
                <span>
                  List the help your team offers: onboarding guides, training seminars, knowledge-base
                  articles, self-help material, your phone line and chat.
                </span>
                <span>
                  Each resource gets a <b>tracking link</b>. Share it instead of the resource's own address:
                  every click counts as a use, then opens the resource. Add{' '}
                  <Code>?account=…&amp;contact=…</Code> to a link you send one customer and the use counts for
                  their account. A <b>rating link</b> asks "Was this helpful?".
                </span>
                {canManage ? null : <span>A manager or admin can add the first one.</span>}
              </Stack>
            }
            action={addButton}
          />
        </Paper>
      ) : (
        <Group gap="sm" align="flex-end" mb="md" wrap="wrap">
          <Select
            label="Kind"
            placeholder="Every kind"
            data={RESOURCE_KIND_OPTIONS}
            value={p.kind}
            onChange={p.setKind}
            clearable
            style={{ flex: '0 1 260px' }}
          />
          <SegmentedControl
            aria-label="Show"
            value={p.archived ? 'archived' : 'active'}
            onChange={(v) => p.setArchived(v === 'archived')}
            data={[
              { value: 'active', label: 'In use' },
              { value: 'archived', label: 'Archived' },
            ]}
          />
          {resources.data && all.length > 0 ? (
            <Text size="sm" c="dimmed" ml="auto" style={{ alignSelf: 'center' }}>
              {shown.length === all.length
                ? `${all.length} ${all.length === 1 ? 'resource' : 'resources'}`
                : `${shown.length} of ${all.length} resources`}
            </Text>
          ) : null}
        </Group>
      )}
      {firstRun ? null : resources.isPending ? (
        <TableSkeleton columns={5} />
      ) : resources.isError ? (
        <LoadError
          error={resources.error}
          onRetry={() => void resources.refetch()}
          title="Could not load the resources"
        />
      ) : (
        <ResourcesTable
          records={shown}
          sort={p.sort}
          direction={p.direction}
          onSort={p.setSort}
          timezone={me.workspace.timezone}
          empty={empty}
        />
      )}
      {canManage ? <ResourceFormModal opened={adding} onClose={() => setAdding(false)} /> : null}
    </>
  );
}

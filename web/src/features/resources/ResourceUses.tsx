import {
  Anchor,
  Badge,
  Button,
  Center,
  Group,
  Input,
  Modal,
  Paper,
  Rating,
  Stack,
  Text,
  Textarea,
  Title,
  Tooltip,
} from '@mantine/core';
import { IconHandClick, IconStar } from '@tabler/icons-react';
import type { Resource, ResourceUse } from '@trustcircle/contracts';
import { DataTable } from 'mantine-datatable';
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Empty, LoadError, TableSkeleton } from '../../components/States.tsx';
import { formatDateTime, fromNow } from '../../lib/format.ts';
import { notifyError, notifySuccess } from '../../lib/notify.ts';
import { useAccount } from '../../lib/queries/accounts.ts';
import { useRateResourceUse, useResourceUses } from '../../lib/queries/resources.ts';
import { AccountPicker } from '../contacts/AccountPicker.tsx';
import { CHANNEL_LABEL, labelOfUse, USE_KIND_COLOR } from './meta.tsx';

/** The account filter lives in the address, so the account page can link to "its" uses. */
function useAccountFilter() {
  const [params, setParams] = useSearchParams();
  const accountId = params.get('account');
  const set = (id: string | null) =>
    setParams(
      (p) => {
        const n = new URLSearchParams(p);
        if (id) n.set('account', id);
        else n.delete('account');
        return n;
      },
      { replace: true },
    );
  return [accountId, set] as const;
}

function AccountCell({ use }: { use: ResourceUse }) {
  return use.account ? (
    <Anchor component={Link} to={`/accounts/${use.account.id}?tab=resources`} size="sm" fw={600}>
      {use.account.name}
    </Anchor>
  ) : (
    <Tooltip
      label="Followed without ?account=… in the link, or from an event of no known account"
      multiline
      maw={260}
    >
      <Text size="sm" c="dimmed">
        Unknown account
      </Text>
    </Tooltip>
  );
}

function RatingCell({ use }: { use: ResourceUse }) {
  if (use.rating === null && !use.comment) {
    return (
      <Text size="sm" c="dimmed">
        —
      </Text>
    );
  }
  return (
    <Stack gap={2} style={{ minWidth: 0 }}>
      {use.rating !== null ? (
        <Group gap={6} wrap="nowrap" role="img" aria-label={`Rated ${use.rating} out of 5`}>
          <Rating value={use.rating} readOnly size="xs" aria-hidden="true" />
          <Text size="xs" fw={600} aria-hidden="true">
            {use.rating} / 5
          </Text>
        </Group>
      ) : null}
      {use.comment ? (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} lineClamp={4}>
          {use.comment}
        </Text>
      ) : null}
    </Stack>
  );
}

type Props = { resource: Resource; canWrite: boolean; timezone: string };

/** Who used the resource, how, and what they thought of it; newest first. */
export function ResourceUses({ resource, canWrite, timezone }: Props) {
  const [accountId, setAccountId] = useAccountFilter();
  const uses = useResourceUses(resource.id, accountId);
  // The picker needs the chosen account's name when it is not among its first suggestions.
  const account = useAccount(accountId ?? '', Boolean(accountId));
  const [rating, setRating] = useState<ResourceUse | null>(null);
  const records = uses.data?.pages.flatMap((p) => p.data) ?? [];
  const when = (u: ResourceUse) => (
    <Tooltip label={formatDateTime(u.occurredAt, timezone)}>
      <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
        <time dateTime={u.occurredAt}>{fromNow(u.occurredAt)}</time>
      </Text>
    </Tooltip>
  );

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
        <div>
          <Title order={2} fz="md">
            Uses
          </Title>
          <Text size="sm" c="dimmed">
            Link clicks, product events, imports and uses recorded by hand; the latest recorded first
          </Text>
        </div>
        <AccountPicker
          aria-label="Only the uses of one account"
          placeholder="All accounts"
          clearable
          value={accountId}
          currentName={account.data?.name}
          onChange={setAccountId}
          w={{ base: '100%', xs: 260 }}
        />
      </Group>
      {uses.isPending ? (
        <TableSkeleton rows={4} columns={5} />
      ) : uses.isError && records.length === 0 ? (
        <LoadError error={uses.error} onRetry={() => void uses.refetch()} title="Could not load the uses" />
      ) : records.length === 0 ? (
        <Paper withBorder>
          <Empty
            icon={<IconHandClick size={28} />}
            title={accountId ? 'No uses by this account' : 'No uses yet'}
            description={
              accountId
                ? 'This account has not used this resource yet. Send them the tracking link made for them above.'
                : 'Uses appear here when someone follows the tracking link, when your product sends a "Resource Viewed" event, or when a use is recorded by hand.'
            }
          />
        </Paper>
      ) : (
        <>
          <DataTable<ResourceUse>
            withTableBorder
            borderRadius="md"
            verticalSpacing="sm"
            records={records}
            idAccessor="id"
            columns={[
              {
                accessor: 'occurredAt',
                title: 'When',
                visibleMediaQuery: (t) => `(min-width: ${t.breakpoints.sm})`,
                render: when,
              },
              {
                accessor: 'account',
                title: 'Account',
                render: (u) => (
                  <Stack gap={2} style={{ minWidth: 0 }}>
                    <AccountCell use={u} />
                    {/* On a phone the person, the kind and the time sit under the account. */}
                    <Stack gap={2} hiddenFrom="sm">
                      {u.contact ? (
                        <Anchor component={Link} to={`/contacts/${u.contact.id}`} size="xs">
                          {u.contact.name}
                        </Anchor>
                      ) : null}
                      <Text size="xs" c="dimmed">
                        {labelOfUse(u.kind, resource.kind)} · {fromNow(u.occurredAt)}
                      </Text>
                    </Stack>
                  </Stack>
                ),
              },
              {
                accessor: 'contact',
                title: 'Contact',
                visibleMediaQuery: (t) => `(min-width: ${t.breakpoints.sm})`,
                render: (u) =>
                  u.contact ? (
                    <Anchor component={Link} to={`/contacts/${u.contact.id}`} size="sm">
                      {u.contact.name}
                    </Anchor>
                  ) : (
                    <Text size="sm" c="dimmed">
                      —
                    </Text>
                  ),
              },
              {
                accessor: 'kind',
                title: 'Kind',
                // Wide enough for "Registered" without an ellipsis.
                width: 120,
                visibleMediaQuery: (t) => `(min-width: ${t.breakpoints.sm})`,
                render: (u) => (
                  <Badge variant="light" color={USE_KIND_COLOR[u.kind]} tt="none">
                    {labelOfUse(u.kind, resource.kind)}
                  </Badge>
                ),
              },
              {
                accessor: 'channel',
                title: 'Through',
                visibleMediaQuery: (t) => `(min-width: ${t.breakpoints.md})`,
                render: (u) => (
                  <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                    {CHANNEL_LABEL[u.channel]}
                  </Text>
                ),
              },
              {
                accessor: 'rating',
                title: 'Rating and comment',
                width: '32%',
                // A use logged by hand came from a conversation, where a rating can be asked for.
                render: (u) =>
                  canWrite && u.rating === null && u.channel === 'app' && u.kind !== 'registered' ? (
                    <Stack gap={4} align="flex-start">
                      {u.comment ? <RatingCell use={u} /> : null}
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        leftSection={<IconStar size={12} />}
                        onClick={() => setRating(u)}
                      >
                        Add rating
                      </Button>
                    </Stack>
                  ) : (
                    <RatingCell use={u} />
                  ),
              },
            ]}
          />
          {uses.hasNextPage ? (
            <Center>
              <Button
                variant="default"
                onClick={() => void uses.fetchNextPage()}
                loading={uses.isFetchingNextPage}
              >
                Load more
              </Button>
            </Center>
          ) : null}
        </>
      )}
      {canWrite ? <RateUseModal use={rating} onClose={() => setRating(null)} /> : null}
    </Stack>
  );
}

/** A rating the customer gave in person, say at the end of a call, added to a recorded use. */
function RateUseModal({ use, onClose }: { use: ResourceUse | null; onClose: () => void }) {
  const rate = useRateResourceUse();
  const [value, setValue] = useState(0);
  const [comment, setComment] = useState('');
  // biome-ignore lint/correctness/useExhaustiveDependencies: start empty for each use
  useEffect(() => {
    setValue(0);
    setComment(use?.comment ?? '');
  }, [use?.id]);

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (!use || value === 0) return;
    rate.mutate(
      { useId: use.id, rating: value, comment: comment.trim() || null },
      {
        onSuccess: () => {
          notifySuccess('Rating saved');
          onClose();
        },
        onError: (err) => notifyError(err, 'Could not save the rating'),
      },
    );
  };

  return (
    <Modal opened={use !== null} onClose={onClose} title="Add a rating" size="md">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            What {use?.contact?.name ?? use?.account?.name ?? 'the customer'} said when asked "Was this
            helpful?"
          </Text>
          <Input.Wrapper label="Rating" description="1 is not at all, 5 is very helpful" required>
            <Rating mt={6} size="lg" value={value} onChange={setValue} getSymbolLabel={(v) => `${v} of 5`} />
          </Input.Wrapper>
          <Textarea
            label="Comment"
            autosize
            minRows={2}
            maxRows={6}
            maxLength={2000}
            value={comment}
            onChange={(e) => setComment(e.currentTarget.value)}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" disabled={value === 0} loading={rate.isPending}>
              Save rating
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

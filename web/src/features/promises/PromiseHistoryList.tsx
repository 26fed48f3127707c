import type { PromiseHistory } from '@trustcircle/contracts';
import { HistoryTimeline } from '../../components/HistoryTimeline.tsx';
import { formatDate } from '../../lib/format.ts';
import { usePromiseHistory } from '../../lib/queries/promises.ts';
import { PROMISE_STATUS_META } from './meta.ts';

type Entry = PromiseHistory['data'][number];

const titleOf = (e: Entry) =>
  e.kind === 'created'
    ? `Promised, due ${formatDate(e.toDueOn)}`
    : e.kind === 'renegotiated'
      ? `Renegotiated: due ${formatDate(e.fromDueOn)} → ${formatDate(e.toDueOn)}`
      : e.kind === 'edited'
        ? 'Edited'
        : `${e.fromStatus ? PROMISE_STATUS_META[e.fromStatus].label : '—'} → ${e.toStatus ? PROMISE_STATUS_META[e.toStatus].label : '—'}`;

/** What happened to a promise, newest first. */
export function PromiseHistoryList({ promiseId }: { promiseId: string }) {
  const history = usePromiseHistory(promiseId);
  return (
    <HistoryTimeline
      pending={history.isPending}
      failed={history.isError}
      entries={history.data?.data.map((e) => ({ ...e, title: titleOf(e) }))}
    />
  );
}

import { HistoryTimeline } from '../../components/HistoryTimeline.tsx';
import { formatDate } from '../../lib/format.ts';
import { useNeedHistory } from '../../lib/queries/checkins.ts';
import { NEED_STATUS_META } from './meta.ts';

const label = (s: string | null) =>
  s ? (NEED_STATUS_META[s as keyof typeof NEED_STATUS_META]?.label ?? s) : '—';

/** How a need was heard and reassessed, oldest first, with the check-ins it came up at. */
export function NeedHistoryList({ needId }: { needId: string }) {
  const history = useNeedHistory(needId);
  return (
    <HistoryTimeline
      pending={history.isPending}
      failed={history.isError}
      entries={history.data?.data.map((e) => ({
        ...e,
        title:
          e.kind === 'created'
            ? 'Heard'
            : e.kind === 'edited'
              ? 'Edited'
              : e.kind === 'reassessed'
                ? `Reassessed: still ${label(e.toStatus).toLowerCase()}`
                : `${label(e.fromStatus)} → ${label(e.toStatus)}`,
        context: e.checkin ? `at the check-in of ${formatDate(e.checkin.heldOn)}` : null,
      }))}
    />
  );
}

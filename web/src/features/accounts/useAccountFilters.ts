import type { AccountSort } from '@trustcircle/contracts';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { AccountFilters } from '../../lib/queries/accounts.ts';
import { isPhase } from '../lifecycle/meta.ts';
import { isInactiveDays, isSort, isStage, isTier } from './meta.ts';

const list = (v: string | null) => (v ? v.split(',').filter(Boolean) : []);
const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isOwner = (v: string | null): v is string => v === 'none' || (v !== null && UUID_RE.test(v));

export type FilterPatch = Partial<{
  q: string;
  stage: string[];
  phase: string[];
  tier: string[];
  owner: string | null;
  tag: string;
  inactiveDays: number | null;
  sort: AccountSort;
}>;

/**
 * The account list's filters live in the address (`?stage=customer,advocate&sort=-arr`) so a
 * reload, a bookmark or a shared link shows the same list. Unknown values are ignored.
 */
export function useAccountFilters() {
  const [params, setParams] = useSearchParams();

  const filters = useMemo<AccountFilters>(() => {
    const sort = params.get('sort') ?? '';
    const owner = params.get('owner');
    const inactive = Number(params.get('inactive'));
    return {
      q: params.get('q')?.trim() || undefined,
      stage: list(params.get('stage')).filter(isStage),
      phase: list(params.get('phase')).filter(isPhase),
      tier: list(params.get('tier')).filter(isTier),
      ownerId: isOwner(owner) ? owner : undefined,
      tag: params.get('tag')?.trim().toLowerCase() || undefined,
      inactiveDays: isInactiveDays(inactive) ? inactive : undefined,
      sort: isSort(sort) ? sort : 'name',
    };
  }, [params]);

  const update = useCallback(
    (patch: FilterPatch) => {
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          const put = (key: string, value: string | null | undefined) => {
            if (value) next.set(key, value);
            else next.delete(key);
          };
          if ('q' in patch) put('q', patch.q?.trim());
          if ('stage' in patch) put('stage', patch.stage?.join(','));
          if ('phase' in patch) put('phase', patch.phase?.join(','));
          if ('tier' in patch) put('tier', patch.tier?.join(','));
          if ('owner' in patch) put('owner', patch.owner);
          if ('tag' in patch) put('tag', patch.tag?.trim().toLowerCase());
          if ('inactiveDays' in patch)
            put('inactive', patch.inactiveDays ? String(patch.inactiveDays) : null);
          if ('sort' in patch) put('sort', patch.sort === 'name' ? null : patch.sort);
          return next;
        },
        { replace: true },
      );
    },
    [setParams],
  );

  const active =
    Boolean(filters.q) ||
    (filters.stage?.length ?? 0) > 0 ||
    (filters.phase?.length ?? 0) > 0 ||
    (filters.tier?.length ?? 0) > 0 ||
    Boolean(filters.ownerId) ||
    Boolean(filters.tag) ||
    Boolean(filters.inactiveDays);

  const clear = useCallback(
    () => update({ q: '', stage: [], phase: [], tier: [], owner: null, tag: '', inactiveDays: null }),
    [update],
  );

  return { filters, update, clear, active };
}

/** What the item part of a settings address (/settings/<section>/<item>) opens. */
export type OpenedItem<T> =
  | { kind: 'none' }
  | { kind: 'new' }
  | { kind: 'found'; item: T }
  /** The list it is looked up in has not loaded yet. */
  | { kind: 'loading' }
  | { kind: 'missing' }
  | { kind: 'forbidden' };

/** `list` holds the items that may be opened; `manage`, whether this person may edit them. */
export function openedItem<T extends { id: string }>(
  item: string | undefined,
  list: T[] | undefined,
  manage: boolean,
): OpenedItem<T> {
  if (item === undefined) return { kind: 'none' };
  if (!manage) return { kind: 'forbidden' };
  if (item === 'new') return { kind: 'new' };
  if (!list) return { kind: 'loading' };
  const found = list.find((t) => t.id === item);
  return found ? { kind: 'found', item: found } : { kind: 'missing' };
}

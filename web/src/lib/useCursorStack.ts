import { useCallback, useState } from 'react';

/**
 * Cursor pages only go forward, so remember the cursors that led to each page to be able to
 * go back. A new `resetKey` (say, changed filters) starts again from the first page, in the
 * same render, so no request is made with a cursor that belongs to other filters.
 */
export function useCursorStack(resetKey: string) {
  const [state, setState] = useState<{ key: string; stack: Array<string | null> }>({
    key: resetKey,
    stack: [null],
  });
  const stack = state.key === resetKey ? state.stack : [null];
  const cursor = stack[stack.length - 1] ?? null;
  const next = useCallback(
    (nextCursor: string | null) => {
      if (!nextCursor) return;
      setState((s) => ({ key: resetKey, stack: [...(s.key === resetKey ? s.stack : [null]), nextCursor] }));
    },
    [resetKey],
  );
  const previous = useCallback(
    () =>
      setState((s) => {
        const current = s.key === resetKey ? s.stack : [null];
        return { key: resetKey, stack: current.length > 1 ? current.slice(0, -1) : current };
      }),
    [resetKey],
  );
  return { cursor, page: stack.length - 1, next, previous, hasPrevious: stack.length > 1 };
}

import type { Clock } from '../../src/platform/clock.ts';

/** A clock tests can move: starts at real now, then only moves when told to. */
export type TestClock = Clock & {
  set: (iso: string) => void;
  advance: (ms: number) => void;
  reset: () => void;
};

export function testClock(): TestClock {
  let fixed: number | null = null;
  return {
    now: () => new Date(fixed ?? Date.now()),
    set: (iso) => {
      fixed = new Date(iso).getTime();
    },
    advance: (ms) => {
      fixed = (fixed ?? Date.now()) + ms;
    },
    reset: () => {
      fixed = null;
    },
  };
}

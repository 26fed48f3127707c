/** Time comes from ctx.clock so rules and tests can fix "now". */
export type Clock = { now: () => Date };

export const systemClock: Clock = { now: () => new Date() };

export const fixedClock = (iso: string): Clock => ({ now: () => new Date(iso) });

export const nowIso = (clock: Clock) => clock.now().toISOString();

export const addMinutes = (d: Date, minutes: number) => new Date(d.getTime() + minutes * 60_000);

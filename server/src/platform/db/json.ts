/** JSON columns come back as text from SQLite and already parsed from PostgreSQL. */
export function parseJson<T>(value: unknown, fallback: T): T {
  if (value === null || value === undefined) return fallback;
  if (typeof value === 'string') {
    try {
      return JSON.parse(value) as T;
    } catch {
      return fallback;
    }
  }
  return value as T;
}

export const toJson = (value: unknown): string => JSON.stringify(value ?? null);

export const flag = (value: boolean | number | null | undefined): boolean => Boolean(value);

export const toFlag = (value: boolean): number => (value ? 1 : 0);

/** Latency figures in milliseconds. */
export type Summary = { n: number; mean: number; p50: number; p95: number; p99: number; max: number };

/** Nearest-rank percentile over a sorted sample. */
function rank(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i] ?? Number.NaN;
}

export function summarize(samples: number[]): Summary {
  const sorted = Float64Array.from(samples).sort();
  const values = Array.from(sorted);
  const sum = values.reduce((s, v) => s + v, 0);
  return {
    n: values.length,
    mean: values.length ? sum / values.length : Number.NaN,
    p50: rank(values, 50),
    p95: rank(values, 95),
    p99: rank(values, 99),
    max: values.at(-1) ?? Number.NaN,
  };
}

export const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

/**
 * The average and p90 of waiting times as every report states them: a whole-millisecond average,
 * and the nearest-rank p90 — a waiting time that occurred, never an interpolation. Null without any.
 */
export function waitFigures(waits: number[]): { average: number; p90: number } | null {
  if (waits.length === 0) return null;
  const sorted = [...waits].sort((a, b) => a - b);
  return { average: average(sorted), p90: sorted[Math.max(0, Math.ceil(0.9 * sorted.length) - 1)]! };
}

/** A whole-millisecond average (durations, waiting times). */
export const average = (values: number[]) => Math.round(values.reduce((sum, v) => sum + v, 0) / values.length);

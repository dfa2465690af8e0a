/**
 * The average and p90 of waiting times as every report states them: a whole-millisecond average,
 * and the nearest-rank p90 — a waiting time that occurred, never an interpolation. Null without any.
 */
export function waitFigures(waits: number[]): { average: number; p90: number } | null {
  if (waits.length === 0) return null;
  const sorted = [...waits].sort((a, b) => a - b);
  const average = Math.round(sorted.reduce((sum, ms) => sum + ms, 0) / sorted.length);
  return { average, p90: sorted[Math.max(0, Math.ceil(0.9 * sorted.length) - 1)]! };
}

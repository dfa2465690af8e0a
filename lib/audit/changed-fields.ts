/**
 * What a change did, for an audit entry's summary: `{ field: { from, to } }` for each of `keys`
 * (by default every key of `after`, in its order) whose value differs from `before`.
 */
export function changedFields<K extends string>(
  before: { [key in K]: unknown },
  after: { [key in K]: unknown },
  keys: readonly K[] = Object.keys(after) as K[],
): Record<string, { from: unknown; to: unknown }> {
  return Object.fromEntries(
    keys.filter((key) => before[key] !== after[key]).map((key) => [key, { from: before[key], to: after[key] }]),
  );
}

/** The `keys` of `record`, in the order given. */
export function pick<T extends object, K extends keyof T>(record: T, keys: readonly K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((key) => [key, record[key]])) as Pick<T, K>;
}

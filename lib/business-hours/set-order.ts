/**
 * The order sets are listed in, and so the order isOpen receives them (the first hours set gives the
 * closed message): by name as people read it, then by id so equal names stay stable.
 */
export function bySetOrder(a: { name: string; id: string }, b: { name: string; id: string }): number {
  return a.name.localeCompare(b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

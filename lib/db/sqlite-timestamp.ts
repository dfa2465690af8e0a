/** DateTime as Prisma writes it to SQLite, for raw statements (so text comparisons stay right). */
export function sqliteTimestamp(date: Date): string {
  return date.toISOString().replace("Z", "+00:00");
}

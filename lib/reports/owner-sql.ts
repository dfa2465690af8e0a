import { Prisma } from "@/lib/db/generated/client";

/** The columns a report's owner conditions (ownerConditions, a group's owner) may name. */
const OWNER_COLUMNS = new Set(["teamId", "agentId", "subPortalId", "portalId"]);

export type OwnerCondition = Partial<Record<string, string | { in: string[] }>>;

/**
 * Owner conditions as SQL, for the few report queries that Prisma cannot express fast enough: one
 * clause per column, all to be joined with AND. `table` names the table (or alias) the columns
 * belong to, for queries that join another table with columns of the same names.
 */
export function ownerSql(conditions: OwnerCondition[], table?: string): Prisma.Sql[] {
  return conditions.flatMap((condition) =>
    Object.entries(condition).map(([column, value]) => {
      if (!OWNER_COLUMNS.has(column)) throw new Error(`ownerSql: no condition on ${column}`);
      const name = Prisma.raw(table ? `"${table}"."${column}"` : `"${column}"`);
      if (typeof value === "string") return Prisma.sql`${name} = ${value}`;
      if (value!.in.length === 0) return Prisma.sql`0`;
      return Prisma.sql`${name} IN (${Prisma.join(value!.in)})`;
    }),
  );
}

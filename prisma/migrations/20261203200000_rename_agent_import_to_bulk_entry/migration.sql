-- One name per concept: a Masseneingabe is a "bulk entry" in the UI, the code and the database.
-- Written by hand: `prisma migrate diff` would drop the table and create a new one, losing its rows.
ALTER TABLE "AgentImport" RENAME TO "BulkEntry";

-- SQLite cannot rename an index; recreate it under the name Prisma gives it for the new table.
DROP INDEX "AgentImport_managerId_idx";
CREATE INDEX "BulkEntry_managerId_idx" ON "BulkEntry"("managerId");

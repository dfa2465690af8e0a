-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_AuditLog" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "actorLabel" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "area" TEXT NOT NULL DEFAULT '',
    "targetType" TEXT NOT NULL,
    "targetId" TEXT,
    "summary" TEXT NOT NULL,
    "ip" TEXT,
    "userAgent" TEXT
);
-- The area is the part of the action before its dot ("team" of "team.created").
INSERT INTO "new_AuditLog" ("action", "actorId", "actorLabel", "area", "at", "id", "ip", "summary", "targetId", "targetType", "userAgent") SELECT "action", "actorId", "actorLabel", substr("action", 1, instr("action", '.') - 1), "at", "id", "ip", "summary", "targetId", "targetType", "userAgent" FROM "AuditLog";
DROP TABLE "AuditLog";
ALTER TABLE "new_AuditLog" RENAME TO "AuditLog";
CREATE INDEX "AuditLog_at_id_idx" ON "AuditLog"("at", "id");
CREATE INDEX "AuditLog_area_at_id_idx" ON "AuditLog"("area", "at", "id");
CREATE INDEX "AuditLog_actorLabel_at_id_idx" ON "AuditLog"("actorLabel", "at", "id");
CREATE INDEX "AuditLog_targetType_at_id_idx" ON "AuditLog"("targetType", "at", "id");
CREATE INDEX "AuditLog_targetType_targetId_at_id_idx" ON "AuditLog"("targetType", "targetId", "at", "id");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;


-- CreateTable
CREATE TABLE "ReportDayAgent" (
    "day" TEXT NOT NULL,
    "agentId" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "agentName" TEXT NOT NULL,
    "teamName" TEXT NOT NULL,
    "declined" INTEGER NOT NULL DEFAULT 0,
    "started" INTEGER NOT NULL DEFAULT 0,
    "waitMs" BIGINT NOT NULL DEFAULT 0,
    "ended" INTEGER NOT NULL DEFAULT 0,
    "durationMs" BIGINT NOT NULL DEFAULT 0,
    "resolved" INTEGER NOT NULL DEFAULT 0,
    "unresolved" INTEGER NOT NULL DEFAULT 0,
    "customerRatings" INTEGER NOT NULL DEFAULT 0,
    "customerRatingSum" INTEGER NOT NULL DEFAULT 0,
    "agentRatings" INTEGER NOT NULL DEFAULT 0,
    "agentRatingSum" INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY ("day", "agentId", "teamId")
);

-- CreateTable
CREATE TABLE "ReportDayPortal" (
    "day" TEXT NOT NULL,
    "subPortalId" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "portalId" TEXT NOT NULL,
    "portalName" TEXT NOT NULL,
    "subPortalName" TEXT NOT NULL,
    "teamName" TEXT NOT NULL,
    "submitted" INTEGER NOT NULL DEFAULT 0,
    "posted" INTEGER NOT NULL DEFAULT 0,
    "noAgentResponse" INTEGER NOT NULL DEFAULT 0,
    "abandoned" INTEGER NOT NULL DEFAULT 0,
    "refusedClosed" INTEGER NOT NULL DEFAULT 0,
    "declined" INTEGER NOT NULL DEFAULT 0,
    "started" INTEGER NOT NULL DEFAULT 0,
    "waitMs" BIGINT NOT NULL DEFAULT 0,
    "ended" INTEGER NOT NULL DEFAULT 0,
    "durationMs" BIGINT NOT NULL DEFAULT 0,
    "resolved" INTEGER NOT NULL DEFAULT 0,
    "unresolved" INTEGER NOT NULL DEFAULT 0,
    "customerRatings" INTEGER NOT NULL DEFAULT 0,
    "customerRatingSum" INTEGER NOT NULL DEFAULT 0,
    "agentRatings" INTEGER NOT NULL DEFAULT 0,
    "agentRatingSum" INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY ("day", "subPortalId", "teamId")
);

-- CreateTable
CREATE TABLE "ReportDayRollup" (
    "day" TEXT NOT NULL PRIMARY KEY,
    "rolledUpAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_SupportSession" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "number" TEXT NOT NULL,
    "requestId" INTEGER NOT NULL,
    "agentId" TEXT,
    "agentName" TEXT NOT NULL,
    "teamId" TEXT,
    "teamName" TEXT NOT NULL,
    "portalId" TEXT NOT NULL,
    "portalName" TEXT NOT NULL,
    "subPortalId" TEXT NOT NULL,
    "subPortalName" TEXT NOT NULL,
    "startedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "waitMs" INTEGER NOT NULL DEFAULT 0,
    "endedAt" DATETIME,
    "durationMs" INTEGER,
    "endedBy" TEXT,
    "notes" TEXT NOT NULL DEFAULT '',
    "outcome" TEXT,
    "customerRating" INTEGER,
    "customerComment" TEXT NOT NULL DEFAULT '',
    "agentRating" INTEGER,
    "agentComment" TEXT NOT NULL DEFAULT '',
    "diagnostics" TEXT,
    "summaryQueuedAt" DATETIME,
    "endReason" TEXT,
    CONSTRAINT "SupportSession_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "SupportRequest" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
-- The waiting and session times the reports add up, from the times every session already has.
INSERT INTO "new_SupportSession" ("agentComment", "agentId", "agentName", "agentRating", "customerComment", "customerRating", "diagnostics", "endReason", "endedAt", "endedBy", "id", "notes", "number", "outcome", "portalId", "portalName", "requestId", "startedAt", "subPortalId", "subPortalName", "summaryQueuedAt", "teamId", "teamName", "waitMs", "durationMs") SELECT s."agentComment", s."agentId", s."agentName", s."agentRating", s."customerComment", s."customerRating", s."diagnostics", s."endReason", s."endedAt", s."endedBy", s."id", s."notes", s."number", s."outcome", s."portalId", s."portalName", s."requestId", s."startedAt", s."subPortalId", s."subPortalName", s."summaryQueuedAt", s."teamId", s."teamName", MAX(0, CAST(ROUND((julianday(s."startedAt") - julianday(r."createdAt")) * 86400000) AS INTEGER)), CASE WHEN s."endedAt" IS NULL THEN NULL ELSE MAX(0, CAST(ROUND((julianday(s."endedAt") - julianday(s."startedAt")) * 86400000) AS INTEGER)) END FROM "SupportSession" s JOIN "SupportRequest" r ON r."id" = s."requestId";
DROP TABLE "SupportSession";
ALTER TABLE "new_SupportSession" RENAME TO "SupportSession";
CREATE UNIQUE INDEX "SupportSession_number_key" ON "SupportSession"("number");
CREATE UNIQUE INDEX "SupportSession_requestId_key" ON "SupportSession"("requestId");
CREATE INDEX "SupportSession_agentId_endedAt_idx" ON "SupportSession"("agentId", "endedAt");
CREATE INDEX "SupportSession_agentId_startedAt_idx" ON "SupportSession"("agentId", "startedAt");
CREATE INDEX "SupportSession_endedAt_summaryQueuedAt_idx" ON "SupportSession"("endedAt", "summaryQueuedAt");
CREATE INDEX "SupportSession_portalId_startedAt_idx" ON "SupportSession"("portalId", "startedAt");
CREATE INDEX "SupportSession_startedAt_idx" ON "SupportSession"("startedAt");
CREATE INDEX "SupportSession_waitMs_startedAt_teamId_agentId_subPortalId_idx" ON "SupportSession"("waitMs", "startedAt", "teamId", "agentId", "subPortalId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;


-- AlterTable
ALTER TABLE "SupportRequest" ADD COLUMN "closedAt" DATETIME;
ALTER TABLE "SupportRequest" ADD COLUMN "offeredAt" DATETIME;
ALTER TABLE "SupportRequest" ADD COLUMN "offeredToId" TEXT;

-- CreateTable
CREATE TABLE "AgentPresence" (
    "agentId" TEXT NOT NULL PRIMARY KEY,
    "sessionId" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "teamId" TEXT,
    "signedInAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "statusAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "ConnectionCode" (
    "code" TEXT NOT NULL PRIMARY KEY,
    "agentId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" DATETIME NOT NULL,
    "usedAt" DATETIME
);

-- CreateTable
CREATE TABLE "SupportSession" (
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
    "endedAt" DATETIME,
    "endedBy" TEXT,
    "notes" TEXT NOT NULL DEFAULT '',
    "outcome" TEXT,
    "customerRating" INTEGER,
    "customerComment" TEXT NOT NULL DEFAULT '',
    "agentRating" INTEGER,
    "agentComment" TEXT NOT NULL DEFAULT '',
    "diagnostics" TEXT,
    CONSTRAINT "SupportSession_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "SupportRequest" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SessionEvent" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "sessionId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "author" TEXT NOT NULL,
    "body" TEXT NOT NULL DEFAULT '{}',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "SessionEvent_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "SupportSession" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SessionFile" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sessionId" TEXT NOT NULL,
    "direction" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "SessionFile_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "SupportSession" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ActivityEvent" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "type" TEXT NOT NULL,
    "requestId" INTEGER,
    "sessionId" TEXT,
    "agentId" TEXT,
    "agentName" TEXT,
    "teamId" TEXT,
    "teamName" TEXT,
    "portalId" TEXT,
    "portalName" TEXT,
    "subPortalId" TEXT,
    "subPortalName" TEXT,
    "data" TEXT NOT NULL DEFAULT '{}'
);

-- CreateIndex
CREATE UNIQUE INDEX "AgentPresence_sessionId_key" ON "AgentPresence"("sessionId");

-- CreateIndex
CREATE INDEX "AgentPresence_teamId_idx" ON "AgentPresence"("teamId");

-- CreateIndex
CREATE INDEX "ConnectionCode_agentId_idx" ON "ConnectionCode"("agentId");

-- CreateIndex
CREATE UNIQUE INDEX "SupportSession_number_key" ON "SupportSession"("number");

-- CreateIndex
CREATE UNIQUE INDEX "SupportSession_requestId_key" ON "SupportSession"("requestId");

-- CreateIndex
CREATE INDEX "SupportSession_agentId_endedAt_idx" ON "SupportSession"("agentId", "endedAt");

-- CreateIndex
CREATE INDEX "SupportSession_portalId_startedAt_idx" ON "SupportSession"("portalId", "startedAt");

-- CreateIndex
CREATE INDEX "SupportSession_startedAt_idx" ON "SupportSession"("startedAt");

-- CreateIndex
CREATE INDEX "SessionEvent_sessionId_id_idx" ON "SessionEvent"("sessionId", "id");

-- CreateIndex
CREATE INDEX "SessionFile_sessionId_idx" ON "SessionFile"("sessionId");

-- CreateIndex
CREATE INDEX "ActivityEvent_type_at_idx" ON "ActivityEvent"("type", "at");

-- CreateIndex
CREATE INDEX "ActivityEvent_portalId_at_idx" ON "ActivityEvent"("portalId", "at");

-- CreateIndex
CREATE INDEX "ActivityEvent_agentId_at_idx" ON "ActivityEvent"("agentId", "at");

-- CreateIndex
CREATE INDEX "ActivityEvent_requestId_idx" ON "ActivityEvent"("requestId");


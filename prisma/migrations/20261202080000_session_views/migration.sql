-- CreateTable
CREATE TABLE "SessionView" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sessionId" TEXT NOT NULL,
    "sessionNumber" TEXT NOT NULL,
    "managerId" TEXT NOT NULL,
    "managerLoginId" TEXT NOT NULL,
    "openedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closedAt" DATETIME,
    "closedBy" TEXT
);

-- CreateIndex
CREATE INDEX "SessionView_managerId_sessionId_closedAt_idx" ON "SessionView"("managerId", "sessionId", "closedAt");

-- CreateIndex
CREATE INDEX "SessionView_closedAt_lastSeenAt_idx" ON "SessionView"("closedAt", "lastSeenAt");


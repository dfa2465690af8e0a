-- CreateTable
CREATE TABLE "DashboardMonitor" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "ownerId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "teamIds" TEXT NOT NULL DEFAULT '[]',
    "portalIds" TEXT NOT NULL DEFAULT '[]',
    "agentIds" TEXT NOT NULL DEFAULT '[]',
    "sortOrder" TEXT NOT NULL,
    "shared" BOOLEAN NOT NULL DEFAULT false,
    "position" INTEGER NOT NULL DEFAULT 0,
    "activatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "DashboardMonitor_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DashboardMonitorHidden" (
    "monitorId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,

    PRIMARY KEY ("monitorId", "userId"),
    CONSTRAINT "DashboardMonitorHidden_monitorId_fkey" FOREIGN KEY ("monitorId") REFERENCES "DashboardMonitor" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "DashboardMonitorHidden_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "DashboardMonitor_ownerId_position_idx" ON "DashboardMonitor"("ownerId", "position");

-- CreateIndex
CREATE INDEX "DashboardMonitor_shared_idx" ON "DashboardMonitor"("shared");

-- CreateIndex
CREATE INDEX "DashboardMonitorHidden_userId_idx" ON "DashboardMonitorHidden"("userId");


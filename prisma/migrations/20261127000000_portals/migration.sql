-- CreateTable
CREATE TABLE "Portal" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "slug" TEXT,
    "type" TEXT NOT NULL,
    "queueMode" BOOLEAN NOT NULL DEFAULT false,
    "fields" TEXT NOT NULL DEFAULT '{}',
    "welcomeDe" TEXT NOT NULL DEFAULT '',
    "welcomeEn" TEXT NOT NULL DEFAULT '',
    "features" TEXT NOT NULL DEFAULT '{}',
    "completedSessionEmail" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "deletedAt" DATETIME
);

-- CreateTable
CREATE TABLE "SubPortal" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "portalId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "slug" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deletedAt" DATETIME,
    CONSTRAINT "SubPortal_portalId_fkey" FOREIGN KEY ("portalId") REFERENCES "Portal" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "TeamSubPortal" (
    "teamId" TEXT NOT NULL,
    "subPortalId" TEXT NOT NULL,

    PRIMARY KEY ("teamId", "subPortalId"),
    CONSTRAINT "TeamSubPortal_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "TeamSubPortal_subPortalId_fkey" FOREIGN KEY ("subPortalId") REFERENCES "SubPortal" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "BusinessHoursSet" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "timeZone" TEXT NOT NULL,
    "week" TEXT NOT NULL,
    "closedMessageDe" TEXT NOT NULL DEFAULT '',
    "closedMessageEn" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "PortalBusinessHours" (
    "portalId" TEXT NOT NULL,
    "setId" TEXT NOT NULL,

    PRIMARY KEY ("portalId", "setId"),
    CONSTRAINT "PortalBusinessHours_portalId_fkey" FOREIGN KEY ("portalId") REFERENCES "Portal" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PortalBusinessHours_setId_fkey" FOREIGN KEY ("setId") REFERENCES "BusinessHoursSet" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "HolidaySet" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "timeZone" TEXT NOT NULL,
    "closedMessageDe" TEXT NOT NULL DEFAULT '',
    "closedMessageEn" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "HolidayDate" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "setId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "startDate" TEXT NOT NULL,
    "endDate" TEXT NOT NULL,
    "everyYear" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "HolidayDate_setId_fkey" FOREIGN KEY ("setId") REFERENCES "HolidaySet" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PortalHolidaySet" (
    "portalId" TEXT NOT NULL,
    "setId" TEXT NOT NULL,

    PRIMARY KEY ("portalId", "setId"),
    CONSTRAINT "PortalHolidaySet_portalId_fkey" FOREIGN KEY ("portalId") REFERENCES "Portal" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PortalHolidaySet_setId_fkey" FOREIGN KEY ("setId") REFERENCES "HolidaySet" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SupportRequest" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "token" TEXT NOT NULL,
    "subPortalId" TEXT NOT NULL,
    "portalName" TEXT NOT NULL,
    "subPortalName" TEXT NOT NULL,
    "portalType" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'waiting',
    "language" TEXT NOT NULL,
    "customerName" TEXT NOT NULL DEFAULT '',
    "customerEmail" TEXT NOT NULL DEFAULT '',
    "customerPhone" TEXT NOT NULL DEFAULT '',
    "problem" TEXT NOT NULL DEFAULT '',
    "chosenAgentId" TEXT,
    "connectionCode" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "SupportRequest_subPortalId_fkey" FOREIGN KEY ("subPortalId") REFERENCES "SubPortal" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RateLimit" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "count" INTEGER NOT NULL,
    "windowStart" DATETIME NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "Portal_slug_key" ON "Portal"("slug");

-- CreateIndex
CREATE INDEX "Portal_deletedAt_name_idx" ON "Portal"("deletedAt", "name");

-- CreateIndex
CREATE INDEX "SubPortal_portalId_deletedAt_idx" ON "SubPortal"("portalId", "deletedAt");

-- CreateIndex
CREATE UNIQUE INDEX "SubPortal_portalId_slug_key" ON "SubPortal"("portalId", "slug");

-- CreateIndex
CREATE INDEX "TeamSubPortal_subPortalId_idx" ON "TeamSubPortal"("subPortalId");

-- CreateIndex
CREATE INDEX "PortalBusinessHours_setId_idx" ON "PortalBusinessHours"("setId");

-- CreateIndex
CREATE INDEX "HolidayDate_setId_idx" ON "HolidayDate"("setId");

-- CreateIndex
CREATE INDEX "PortalHolidaySet_setId_idx" ON "PortalHolidaySet"("setId");

-- CreateIndex
CREATE UNIQUE INDEX "SupportRequest_token_key" ON "SupportRequest"("token");

-- CreateIndex
CREATE INDEX "SupportRequest_subPortalId_status_createdAt_idx" ON "SupportRequest"("subPortalId", "status", "createdAt");

-- CreateIndex
CREATE INDEX "SupportRequest_status_createdAt_idx" ON "SupportRequest"("status", "createdAt");


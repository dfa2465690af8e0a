-- CreateTable
CREATE TABLE "ManagerTeam" (
    "managerId" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,

    PRIMARY KEY ("managerId", "teamId"),
    CONSTRAINT "ManagerTeam_managerId_fkey" FOREIGN KEY ("managerId") REFERENCES "ManagerProfile" ("userId") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ManagerTeam_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Team" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "parentId" TEXT,
    "availableLogins" INTEGER,
    "greeting" TEXT NOT NULL DEFAULT '',
    "cannedMessages" TEXT NOT NULL DEFAULT '',
    "cannedUrls" TEXT NOT NULL DEFAULT '',
    "functions" TEXT NOT NULL DEFAULT '{}',
    "maxSessions" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Team_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Team" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PendingAgent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "managerId" TEXT NOT NULL,
    "loginId" TEXT NOT NULL,
    "firstName" TEXT NOT NULL,
    "lastName" TEXT NOT NULL,
    "screenName" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "teamId" TEXT,
    "customField" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "AgentImport" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "managerId" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "total" INTEGER NOT NULL,
    "processed" INTEGER NOT NULL DEFAULT 0,
    "created" INTEGER NOT NULL DEFAULT 0,
    "error" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" DATETIME
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_ManagerProfile" (
    "userId" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "rights" TEXT NOT NULL DEFAULT '[]',
    CONSTRAINT "ManagerProfile_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_ManagerProfile" ("name", "role", "userId") SELECT "name", "role", "userId" FROM "ManagerProfile";
DROP TABLE "ManagerProfile";
ALTER TABLE "new_ManagerProfile" RENAME TO "ManagerProfile";
CREATE TABLE "new_AgentProfile" (
    "userId" TEXT NOT NULL PRIMARY KEY,
    "firstName" TEXT NOT NULL,
    "lastName" TEXT NOT NULL,
    "screenName" TEXT NOT NULL,
    "customField" TEXT NOT NULL DEFAULT '',
    "managementCenterAccess" BOOLEAN NOT NULL DEFAULT false,
    "teamId" TEXT,
    "functions" TEXT NOT NULL DEFAULT '{}',
    "maxSessions" INTEGER,
    "searchText" TEXT NOT NULL DEFAULT '',
    CONSTRAINT "AgentProfile_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AgentProfile_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_AgentProfile" ("customField", "firstName", "lastName", "managementCenterAccess", "screenName", "userId") SELECT "customField", "firstName", "lastName", "managementCenterAccess", "screenName", "userId" FROM "AgentProfile";
DROP TABLE "AgentProfile";
ALTER TABLE "new_AgentProfile" RENAME TO "AgentProfile";
CREATE INDEX "AgentProfile_lastName_firstName_idx" ON "AgentProfile"("lastName", "firstName");
CREATE INDEX "AgentProfile_teamId_lastName_firstName_idx" ON "AgentProfile"("teamId", "lastName", "firstName");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "ManagerTeam_teamId_idx" ON "ManagerTeam"("teamId");

-- CreateIndex
CREATE INDEX "Team_parentId_idx" ON "Team"("parentId");

-- CreateIndex
CREATE INDEX "Team_name_idx" ON "Team"("name");

-- CreateIndex
CREATE INDEX "PendingAgent_managerId_idx" ON "PendingAgent"("managerId");

-- CreateIndex
CREATE INDEX "AgentImport_managerId_idx" ON "AgentImport"("managerId");


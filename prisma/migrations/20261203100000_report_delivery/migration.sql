-- CreateTable
CREATE TABLE "OutboxAttachment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "emailId" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "content" BLOB NOT NULL,
    CONSTRAINT "OutboxAttachment_emailId_fkey" FOREIGN KEY ("emailId") REFERENCES "OutboxEmail" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ReportSchedule" (
    "savedReportId" TEXT NOT NULL PRIMARY KEY,
    "frequency" TEXT NOT NULL,
    "weekday" INTEGER,
    "monthDay" INTEGER,
    "time" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "timeZone" TEXT NOT NULL,
    "nextAt" DATETIME NOT NULL,
    "lastSentAt" DATETIME,
    "paused" BOOLEAN NOT NULL DEFAULT false,
    "stoppedReason" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ReportSchedule_savedReportId_fkey" FOREIGN KEY ("savedReportId") REFERENCES "SavedReport" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "OutboxAttachment_emailId_idx" ON "OutboxAttachment"("emailId");

-- CreateIndex
CREATE INDEX "ReportSchedule_paused_nextAt_idx" ON "ReportSchedule"("paused", "nextAt");


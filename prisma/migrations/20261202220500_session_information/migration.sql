-- AlterTable
ALTER TABLE "SupportSession" ADD COLUMN "contentPurgedAt" DATETIME;

-- CreateIndex
CREATE INDEX "SupportSession_teamId_startedAt_idx" ON "SupportSession"("teamId", "startedAt");

-- CreateIndex
CREATE INDEX "SupportSession_contentPurgedAt_endedAt_idx" ON "SupportSession"("contentPurgedAt", "endedAt");


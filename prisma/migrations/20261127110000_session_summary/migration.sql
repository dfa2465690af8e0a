-- AlterTable
ALTER TABLE "SupportSession" ADD COLUMN "summaryQueuedAt" DATETIME;

-- CreateIndex
CREATE INDEX "SupportSession_endedAt_summaryQueuedAt_idx" ON "SupportSession"("endedAt", "summaryQueuedAt");


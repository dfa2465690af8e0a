-- AlterTable
ALTER TABLE "SupportSession" ADD COLUMN "endReason" TEXT;

-- AlterTable
ALTER TABLE "SessionEvent" ADD COLUMN "clientKey" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "SessionEvent_sessionId_clientKey_key" ON "SessionEvent"("sessionId", "clientKey");


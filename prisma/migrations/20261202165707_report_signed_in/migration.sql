-- Time signed in to the console per agent and UTC day.
ALTER TABLE "ReportDayAgent" ADD COLUMN "signedInMs" BIGINT NOT NULL DEFAULT 0;

-- The days rolled up so far lack them: forget them all, the job adds them up again within minutes
-- (reports read the raw rows meanwhile).
DELETE FROM "ReportDayAgent";
DELETE FROM "ReportDayPortal";
DELETE FROM "ReportDayRollup";

-- The waiting times of a range of time, read from the index alone (the reports' p90).
DROP INDEX "SupportSession_startedAt_idx";
CREATE INDEX "SupportSession_startedAt_waitMs_idx" ON "SupportSession"("startedAt", "waitMs");

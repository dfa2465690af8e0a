-- AlterTable
ALTER TABLE "OutboxEmail" ADD COLUMN "lastAttemptAt" DATETIME;


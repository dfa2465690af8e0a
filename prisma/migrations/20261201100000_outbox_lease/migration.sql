-- AlterTable
ALTER TABLE "OutboxEmail" ADD COLUMN "leaseUntil" DATETIME;


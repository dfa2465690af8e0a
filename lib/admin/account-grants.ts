import "server-only";
import { changedFields } from "@/lib/audit/changed-fields";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import { writeAudit } from "@/lib/audit/write-audit";
import type { Actor } from "@/lib/auth/principal";
import { assertSystemAdministrator } from "@/lib/auth/require-actor";
import { isAccountGrantAvailable, keepUnavailable } from "@/lib/features/availability";

export type AccountGrants = {
  companyManagersMayChangePortals: boolean;
  companyManagersMayCreateApiManagers: boolean;
  localRecordingAllowed: boolean;
};

const GRANT_KEYS = [
  "companyManagersMayChangePortals",
  "companyManagersMayCreateApiManagers",
  "localRecordingAllowed",
] as const;

/** The grants as other domain areas consult them (no actor: they decide their own access). */
export async function readAccountGrants(): Promise<AccountGrants> {
  const row = await db.accountSettings.findUnique({ where: { id: 1 } });
  return {
    companyManagersMayChangePortals: row?.companyManagersMayChangePortals ?? false,
    companyManagersMayCreateApiManagers: row?.companyManagersMayCreateApiManagers ?? false,
    localRecordingAllowed: row?.localRecordingAllowed ?? false,
  };
}

export async function getAccountGrants(actor: Actor): Promise<AccountGrants> {
  assertSystemAdministrator(actor);
  return readAccountGrants();
}

const grantsSchema = z.object({
  companyManagersMayChangePortals: z.boolean(),
  companyManagersMayCreateApiManagers: z.boolean(),
  localRecordingAllowed: z.boolean(),
});

/** "Kontoberechtigungen" → "Einstellungen speichern". A grant that is not available yet keeps its stored value. */
export async function updateAccountGrants(actor: Actor, input: AccountGrants): Promise<void> {
  assertSystemAdministrator(actor);
  const before = await readAccountGrants();
  const grants = {
    ...before,
    ...keepUnavailable(GRANT_KEYS, isAccountGrantAvailable, grantsSchema.parse(input), before),
  };
  const changes = changedFields(before, grants, GRANT_KEYS);
  await inTransaction(async (tx) => {
    await tx.accountSettings.upsert({ where: { id: 1 }, create: { id: 1, ...grants }, update: grants });
    await writeAudit(tx, {
      actor,
      action: "account.grants_updated",
      targetType: "account",
      targetId: "1",
      summary: changes,
    });
  });
}

import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import { writeAudit } from "@/lib/audit/write-audit";
import { hashPassword } from "@/lib/auth/password";
import type { SystemActor } from "@/lib/auth/principal";
import { ValidationError } from "@/lib/errors/domain-errors";
import {
  fieldErrorsOf,
  languageField,
  loginIdField,
  newPasswordField,
  timeZoneField,
  passwordsMatch,
} from "@/lib/validation/fields";

/** True while no system administrator exists: the install still needs its first-run page. */
export async function isFirstRun(): Promise<boolean> {
  return (await db.user.count({ where: { kind: "admin" } })) === 0;
}

const firstAdminSchema = z
  .object({
    loginId: loginIdField,
    password: newPasswordField,
    passwordConfirm: z.string(),
    language: languageField,
    timeZone: timeZoneField,
  })
  .refine(...passwordsMatch);

export type FirstAdminInput = z.input<typeof firstAdminSchema>;

/**
 * Creates the system administrator on an empty install. Only ever succeeds once: afterwards
 * the first-run page and LOTSE_ADMIN_* are ignored, so nobody can take over a running install.
 */
export async function createFirstAdministrator(input: FirstAdminInput, actor: SystemActor) {
  const parsed = firstAdminSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldErrorsOf(parsed.error));
  const { loginId, password, language, timeZone } = parsed.data;
  const passwordHash = await hashPassword(password);
  return inTransaction(async (tx) => {
    if ((await tx.user.count({ where: { kind: "admin" } })) > 0) return null;
    const admin = await tx.user.create({
      data: { kind: "admin", loginId, email: loginId, passwordHash, language, timeZone },
    });
    await tx.accountSettings.upsert({ where: { id: 1 }, create: { id: 1 }, update: {} });
    await writeAudit(tx, {
      actor,
      action: "admin.created",
      targetType: "user",
      targetId: admin.id,
      summary: { loginId, language, timeZone },
    });
    return admin;
  });
}

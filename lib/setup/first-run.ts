import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import { writeAudit } from "@/lib/audit/write-audit";
import { hashPassword } from "@/lib/auth/password";
import type { SystemActor } from "@/lib/auth/principal";
import { ValidationError } from "@/lib/errors/domain-errors";
import { removeSetupCode, setupCodeMatches } from "./setup-code";
import {
  fieldErrorsOf,
  languageField,
  loginIdField,
  newPasswordField,
  timeZoneField,
  passwordsMatch,
} from "@/lib/validation/fields";
import type { FieldErrors } from "@/lib/errors/error-key";

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
 * The first-run page: like createFirstAdministrator, but only with the setup code that the server
 * printed to its console (lib/setup/setup-code.ts). A second visitor racing the first gets
 * "firstRunTaken" rather than silently nothing.
 */
export async function createFirstAdministratorWithCode(input: FirstAdminInput & { setupCode: string }) {
  const errors = validationErrorsOf(input);
  if (!(await setupCodeMatches(input.setupCode)))
    errors.setupCode = input.setupCode.trim() ? "setupCodeWrong" : "setupCodeRequired";
  if (Object.keys(errors).length > 0) {
    if (!(await isFirstRun())) throw new ValidationError({ form: "firstRunTaken" });
    throw new ValidationError(errors);
  }
  const admin = await createFirstAdministrator(input, { type: "system", label: "first-run" });
  if (!admin) throw new ValidationError({ form: "firstRunTaken" });
  return admin;
}

function validationErrorsOf(input: FirstAdminInput): FieldErrors {
  const parsed = firstAdminSchema.safeParse(input);
  return parsed.success ? {} : fieldErrorsOf(parsed.error);
}

/**
 * Creates the system administrator on an empty install (from the first-run page with its code,
 * LOTSE_ADMIN_*, or the admin CLI). Only ever succeeds once: afterwards all three are ignored, so
 * nobody can take over a running install. Returns null when an administrator already existed.
 */
export async function createFirstAdministrator(input: FirstAdminInput, actor: SystemActor) {
  const parsed = firstAdminSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldErrorsOf(parsed.error));
  const { loginId, password, language, timeZone } = parsed.data;
  const passwordHash = await hashPassword(password);
  const created = await inTransaction(async (tx) => {
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
  if (created) await removeSetupCode();
  return created;
}

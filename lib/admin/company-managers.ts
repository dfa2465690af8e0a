import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import { writeAudit } from "@/lib/audit/write-audit";
import { hashPassword } from "@/lib/auth/password";
import type { Actor } from "@/lib/auth/principal";
import { assertSystemAdministrator } from "@/lib/auth/require-actor";
import { endSessionsOfUser } from "@/lib/auth/session";
import { clearAllSignInAttempts } from "@/lib/auth/throttle";
import { NotFoundError, ValidationError } from "@/lib/errors/domain-errors";
import { defaultTimeZone } from "@/lib/config/env";
import {
  emailField,
  fieldErrorsOf,
  languageField,
  loginIdField,
  newPasswordField,
  passwordsMatch,
} from "@/lib/validation/fields";

export type CompanyManagerRow = {
  id: string;
  loginId: string;
  name: string;
  email: string;
  disabled: boolean;
  createdAt: Date;
  updatedAt: Date;
};

export async function listCompanyManagers(actor: Actor): Promise<CompanyManagerRow[]> {
  assertSystemAdministrator(actor);
  const users = await db.user.findMany({
    where: { kind: "manager", manager: { role: "company" } },
    include: { manager: true },
    orderBy: { loginId: "asc" },
  });
  return users.map(companyManagerRow);
}

/** A company manager by ID (not a team or API manager, not an agent), or NotFoundError. */
export async function findCompanyManager(id: string) {
  const user = await db.user.findFirst({
    where: { id, kind: "manager", manager: { role: "company" } },
    include: { manager: true },
  });
  if (!user) throw new NotFoundError("manager");
  return user;
}

export async function getCompanyManager(actor: Actor, id: string): Promise<CompanyManagerRow> {
  assertSystemAdministrator(actor);
  return companyManagerRow(await findCompanyManager(id));
}

function companyManagerRow(u: Awaited<ReturnType<typeof findCompanyManager>>): CompanyManagerRow {
  return {
    id: u.id,
    loginId: u.loginId,
    name: u.manager?.name ?? "",
    email: u.email,
    disabled: u.disabled,
    createdAt: u.createdAt,
    updatedAt: u.updatedAt,
  };
}

const passwordPair = {
  password: newPasswordField,
  passwordConfirm: z.string(),
};

/** What the Admin Center sets of a company manager, when creating and when editing. */
export const companyManagerFields = {
  loginId: loginIdField,
  email: emailField,
  name: z.string().trim().min(1, "managerNameRequired").max(120, "tooLong"),
};

const createSchema = z
  .object({
    ...companyManagerFields,
    language: languageField.default("de"),
    ...passwordPair,
  })
  .refine(...passwordsMatch);

export type CreateCompanyManagerInput = z.input<typeof createSchema>;

export async function createCompanyManager(actor: Actor, input: CreateCompanyManagerInput) {
  assertSystemAdministrator(actor);
  const parsed = createSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldErrorsOf(parsed.error));
  const { loginId, email, name, language, password } = parsed.data;
  if (await db.user.findUnique({ where: { loginId }, select: { id: true } })) {
    throw new ValidationError({ loginId: "loginIdTaken" });
  }
  const passwordHash = await hashPassword(password);
  return inTransaction(async (tx) => {
    const user = await tx.user.create({
      data: {
        kind: "manager",
        loginId,
        email,
        passwordHash,
        language,
        timeZone: defaultTimeZone(),
        manager: { create: { name, role: "company" } },
      },
    });
    await writeAudit(tx, {
      actor,
      action: "manager.created",
      targetType: "user",
      targetId: user.id,
      summary: { loginId, email, name, role: "company" },
    });
    return user;
  });
}

/** Disabling ends the manager's sessions at once; re-enabling lets them sign in again. */
export async function setCompanyManagerDisabled(actor: Actor, id: string, disabled: boolean) {
  assertSystemAdministrator(actor);
  const user = await findCompanyManager(id);
  await inTransaction(async (tx) => {
    await tx.user.update({ where: { id }, data: { disabled } });
    if (disabled) await endSessionsOfUser(tx, id);
    await writeAudit(tx, {
      actor,
      action: disabled ? "manager.disabled" : "manager.enabled",
      targetType: "user",
      targetId: id,
      summary: { loginId: user.loginId, disabled: { from: user.disabled, to: disabled } },
    });
  });
}

const resetSchema = z.object(passwordPair).refine(...passwordsMatch);

/**
 * Sets a temporary password chosen by an administrator: the user's sessions end and they must
 * choose their own password at the next sign-in. Used by the Admin Center and the admin CLI.
 */
export async function resetUserPassword(
  actor: Actor,
  target: { userId: string } | { loginId: string },
  input: z.input<typeof resetSchema>,
) {
  assertSystemAdministrator(actor);
  const parsed = resetSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldErrorsOf(parsed.error));
  const user =
    "userId" in target
      ? await findCompanyManager(target.userId)
      : await db.user.findUnique({ where: { loginId: target.loginId.trim().toLowerCase() } });
  if (!user) throw new NotFoundError("user");
  const passwordHash = await hashPassword(parsed.data.password);
  await inTransaction(async (tx) => {
    await tx.user.update({
      where: { id: user.id },
      data: { passwordHash, passwordChangedAt: new Date(), mustChangePassword: true },
    });
    await endSessionsOfUser(tx, user.id);
    await writeAudit(tx, {
      actor,
      action: "user.password_reset_by_admin",
      targetType: "user",
      targetId: user.id,
      summary: { loginId: user.loginId, password: "reset" },
    });
  });
  // Whoever was guessing the old password: the new one works at once.
  await clearAllSignInAttempts(user.loginId);
}

import "server-only";
import { changedFields } from "@/lib/audit/changed-fields";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import { writeAudit } from "@/lib/audit/write-audit";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import type { Principal } from "@/lib/auth/principal";
import { endSessionsOfUser } from "@/lib/auth/session";
import { NotFoundError, ValidationError } from "@/lib/errors/domain-errors";
import { enqueueEmail } from "@/lib/mail/outbox";
import { moveSchedulesToTimeZone } from "@/lib/reports/delivery/report-schedules";
import { emailChangeNoticeIfChanged } from "@/lib/users/email-change-notice";
import { emailField, fieldErrorsOf, languageField, newPasswordField, timeZoneField } from "@/lib/validation/fields";

const settingsSchema = z
  .object({
    email: emailField,
    timeZone: timeZoneField,
    language: languageField,
    currentPassword: z.string().max(200, "tooLong"),
    newPassword: z.union([z.literal(""), newPasswordField]),
    newPasswordConfirm: z.string(),
  })
  .refine((v) => v.newPassword === v.newPasswordConfirm, {
    path: ["newPasswordConfirm"],
    message: "passwordMismatch",
  });

export type MySettingsInput = z.input<typeof settingsSchema>;

/**
 * "Meine Einstellungen": e-mail, time zone, language and password of the signed-in user.
 * Changing the e-mail or the password needs the current password; a new password ends the
 * user's other sessions, and the old e-mail address is told about a new one.
 */
export async function updateMySettings(actor: Principal, input: MySettingsInput) {
  const parsed = settingsSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldErrorsOf(parsed.error));
  const { email, timeZone, language, currentPassword, newPassword } = parsed.data;

  const user = await db.user.findUnique({ where: { id: actor.userId } });
  if (!user) throw new NotFoundError("user");
  const emailChanged = email !== user.email;
  const passwordChanged = newPassword !== "";
  if (emailChanged || passwordChanged) {
    if (!currentPassword) throw new ValidationError({ currentPassword: "currentPasswordRequired" });
    if (!(await verifyPassword(user.passwordHash, currentPassword))) {
      throw new ValidationError({ currentPassword: "currentPasswordWrong" });
    }
  }
  const passwordHash = passwordChanged ? await hashPassword(newPassword) : undefined;
  const notice = await emailChangeNoticeIfChanged({ ...user, name: actor.displayName }, email, null);

  await inTransaction(async (tx) => {
    if (notice) await enqueueEmail(tx, notice);
    await tx.user.update({
      where: { id: user.id },
      data: {
        email,
        timeZone,
        language,
        ...(passwordHash ? { passwordHash, passwordChangedAt: new Date(), mustChangePassword: false } : {}),
      },
    });
    if (passwordChanged) await endSessionsOfUser(tx, user.id, actor.sessionId);
    if (timeZone !== user.timeZone) await moveSchedulesToTimeZone(tx, user.id, timeZone, new Date());
    await writeAudit(tx, {
      actor,
      action: "user.settings_updated",
      targetType: "user",
      targetId: user.id,
      summary: {
        ...changedFields<"email" | "timeZone" | "language">(user, { email, timeZone, language }),
        ...(passwordChanged ? { password: "changed" } : {}),
      },
    });
  });
}

export async function getMySettings(actor: Principal) {
  const user = await db.user.findUnique({
    where: { id: actor.userId },
    select: { email: true, timeZone: true, language: true, loginId: true, mustChangePassword: true },
  });
  if (!user) throw new NotFoundError("user");
  return user;
}

export type MySettings = Awaited<ReturnType<typeof getMySettings>>;

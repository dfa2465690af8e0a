import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import { writeAudit } from "@/lib/audit/write-audit";
import { hashPassword } from "@/lib/auth/password";
import type { Realm } from "@/lib/auth/principal";
import { endSessionsOfUser } from "@/lib/auth/session";
import { clearAllSignInAttempts } from "@/lib/auth/throttle";
import { ValidationError } from "@/lib/errors/domain-errors";
import { fieldErrorsOf, newPasswordField, passwordsMatch } from "@/lib/validation/fields";
import { hashResetToken } from "./request-password-reset";

async function findUsableToken(token: string) {
  const row = await db.passwordResetToken.findUnique({
    where: { tokenHash: hashResetToken(token) },
    include: { user: true },
  });
  if (!row || row.usedAt || row.expiresAt <= new Date() || row.user.disabled) return null;
  return row;
}

export async function isResetTokenUsable(token: string): Promise<boolean> {
  return (await findUsableToken(token)) !== null;
}

const resetSchema = z.object({ password: newPasswordField, passwordConfirm: z.string() }).refine(...passwordsMatch);

/** Sets a new password through a reset link, uses the link up and ends every session of the user. */
export async function resetPasswordWithToken(
  token: string,
  input: z.input<typeof resetSchema>,
): Promise<{ realm: Realm }> {
  const row = await findUsableToken(token);
  if (!row) throw new ValidationError({ form: "resetLinkInvalid" });
  const parsed = resetSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldErrorsOf(parsed.error));
  const passwordHash = await hashPassword(parsed.data.password);
  await inTransaction(async (tx) => {
    // The usedAt guard makes the link single-use even if two requests race.
    const claimed = await tx.passwordResetToken.updateMany({
      where: { id: row.id, usedAt: null },
      data: { usedAt: new Date() },
    });
    if (claimed.count !== 1) throw new ValidationError({ form: "resetLinkInvalid" });
    await tx.user.update({
      where: { id: row.userId },
      data: { passwordHash, passwordChangedAt: new Date(), mustChangePassword: false },
    });
    await endSessionsOfUser(tx, row.userId);
    await writeAudit(tx, {
      actor: null,
      action: "password_reset.completed",
      targetType: "user",
      targetId: row.userId,
      summary: { password: "changed" },
    });
  });
  // The new password works at once, wherever the old one was being guessed. Agents go back to the
  // agent console.
  const realm: Realm = row.user.kind === "admin" ? "admin" : row.user.kind === "agent" ? "agent" : "manager";
  await clearAllSignInAttempts(row.user.loginId);
  return { realm };
}

import "server-only";
import { changedFields } from "@/lib/audit/changed-fields";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import { writeAudit } from "@/lib/audit/write-audit";
import { type Actor, actorLabel } from "@/lib/auth/principal";
import { assertSystemAdministrator } from "@/lib/auth/require-actor";
import { endSessionsOfUser } from "@/lib/auth/session";
import { ValidationError } from "@/lib/errors/domain-errors";
import type { FieldErrors } from "@/lib/errors/error-key";
import { enqueueEmail } from "@/lib/mail/outbox";
import { emailChangeNoticeIfChanged } from "@/lib/users/email-change-notice";
import { fieldErrorsOf } from "@/lib/validation/fields";
import { companyManagerFields, findCompanyManager } from "./company-managers";

const updateSchema = z.object(companyManagerFields);

export type UpdateCompanyManagerInput = z.input<typeof updateSchema>;

/**
 * The Admin Center's edit of a company manager: name, e-mail address and login ID.
 *
 * A new e-mail address is reported to the old one (whoever redirects a login's mail could then take
 * it over with "Passwort vergessen"). A new login ID ends the manager's sessions: the next sign-in
 * is with the new one, and a browser signed in under the old name should not carry on unnoticed.
 */
export async function updateCompanyManager(actor: Actor, id: string, input: UpdateCompanyManagerInput): Promise<void> {
  assertSystemAdministrator(actor);
  const before = await findCompanyManager(id);
  const parsed = updateSchema.safeParse(input);
  // A taken login ID is named together with the other faults, so the form is not sent back twice.
  const loginId = companyManagerFields.loginId.safeParse(input.loginId);
  const holder = loginId.success
    ? await db.user.findUnique({ where: { loginId: loginId.data }, select: { id: true } })
    : null;
  const errors: FieldErrors = {
    ...(parsed.success ? {} : fieldErrorsOf(parsed.error)),
    ...(holder && holder.id !== id ? { loginId: "loginIdTaken" } : {}),
  };
  if (!parsed.success || Object.keys(errors).length > 0) throw new ValidationError(errors);
  const after = parsed.data;

  const beforeValues = { loginId: before.loginId, email: before.email, name: before.manager?.name ?? "" };
  const changes = changedFields(beforeValues, after, ["loginId", "email", "name"]);
  const recipient = { ...before, name: beforeValues.name || before.loginId };
  const notice = await emailChangeNoticeIfChanged(recipient, after.email, actorLabel(actor));
  await inTransaction(async (tx) => {
    if (notice) await enqueueEmail(tx, notice);
    await tx.user.update({
      where: { id },
      data: { loginId: after.loginId, email: after.email, manager: { update: { name: after.name } } },
    });
    if (after.loginId !== before.loginId) await endSessionsOfUser(tx, id);
    await writeAudit(tx, {
      actor,
      action: "manager.updated",
      targetType: "user",
      targetId: id,
      summary: { role: "company", ...changes },
    });
  });
}

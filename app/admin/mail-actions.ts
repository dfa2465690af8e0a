"use server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requirePrincipal } from "@/lib/auth/require-principal";
import { orNotFound } from "@/lib/errors/or-not-found";
import { flashNotice } from "@/lib/flash/set-flash";
import { bound, boundId } from "@/lib/forms/bound-argument";
import { formStateFromError } from "@/lib/forms/failed-form";
import { type FormState, text } from "@/lib/forms/form-state";
import { discardEmails, retryFailedEmails } from "@/lib/mail/manage-outbox";
import { sendTestEmail } from "@/lib/mail/send-test-email";

// Admin Center › E-Mail-Versand. Every action checks the principal itself (server actions are public
// endpoints) and parses what it binds (decision record 12).

export async function sendTestEmailAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const admin = await requirePrincipal("admin");
  try {
    await orNotFound(sendTestEmail(admin, { to: text(formData, "to") }));
  } catch (error) {
    return formStateFromError(error, formData);
  }
  await flashNotice("testEmailQueued");
  redirect("/admin/mail");
}

export async function retryEmailAction(boundEmailId: unknown): Promise<void> {
  const admin = await requirePrincipal("admin");
  const emailId = boundId(boundEmailId);
  const count = await orNotFound(retryFailedEmails(admin, { emailId }));
  await flashNotice("emailsRetried", count);
  redirect("/admin/mail");
}

export async function retryAllFailedEmailsAction(): Promise<void> {
  const admin = await requirePrincipal("admin");
  const count = await orNotFound(retryFailedEmails(admin, { all: true }));
  await flashNotice("emailsRetried", count);
  redirect("/admin/mail");
}

/** The OK of /admin/mail/discard?id=…. */
export async function discardEmailAction(boundEmailId: unknown): Promise<void> {
  const admin = await requirePrincipal("admin");
  const emailId = boundId(boundEmailId);
  const count = await orNotFound(discardEmails(admin, { emailId }));
  await flashNotice("emailsDiscarded", count);
  redirect("/admin/mail");
}

/** The OK of /admin/mail/discard: the page binds the moment it was shown, so later mail stays. */
export async function discardWaitingEmailsAction(boundQueuedUntil: unknown): Promise<void> {
  const admin = await requirePrincipal("admin");
  const queuedUntil = new Date(bound(z.iso.datetime(), boundQueuedUntil));
  const count = await orNotFound(discardEmails(admin, { all: true, queuedUntil }));
  await flashNotice("emailsDiscarded", count);
  redirect("/admin/mail");
}

"use server";
import { z } from "zod";
import { boundKey } from "@/lib/forms/bound-argument";
import { formAction, postAction } from "@/lib/forms/form-action";
import { formField } from "@/lib/forms/form-fields";
import { discardEmails, retryFailedEmails } from "@/lib/mail/manage-outbox";
import { sendTestEmail } from "@/lib/mail/send-test-email";

// Admin Center › E-Mail-Versand. Every action checks the principal (server actions are public
// endpoints) and parses what it binds (decision record 12) through the form helper.

const noFields = z.object({});

export const sendTestEmailAction = formAction(
  { signedIn: "admin", fields: z.object({ to: formField.text() }) },
  async ({ actor, values }) => {
    await sendTestEmail(actor, values);
    return { redirectTo: "/admin/mail", notice: "testEmailQueued" };
  },
);

export const retryEmailAction = postAction(
  { signedIn: "admin", bound: boundKey, fields: noFields },
  async ({ actor, bound: emailId }) => {
    const count = await retryFailedEmails(actor, { emailId });
    return { redirectTo: "/admin/mail", notice: "emailsRetried", count };
  },
);

export const retryAllFailedEmailsAction = postAction({ signedIn: "admin", fields: noFields }, async ({ actor }) => {
  const count = await retryFailedEmails(actor, { all: true });
  return { redirectTo: "/admin/mail", notice: "emailsRetried", count };
});

/** The OK of /admin/mail/discard?id=…. */
export const discardEmailAction = postAction(
  { signedIn: "admin", bound: boundKey, fields: noFields },
  async ({ actor, bound: emailId }) => {
    const count = await discardEmails(actor, { emailId });
    return { redirectTo: "/admin/mail", notice: "emailsDiscarded", count };
  },
);

/** The OK of /admin/mail/discard: the page binds the moment it was shown, so later mail stays. */
export const discardWaitingEmailsAction = postAction(
  { signedIn: "admin", bound: z.iso.datetime(), fields: noFields },
  async ({ actor, bound: queuedUntil }) => {
    const count = await discardEmails(actor, { all: true, queuedUntil: new Date(queuedUntil) });
    return { redirectTo: "/admin/mail", notice: "emailsDiscarded", count };
  },
);

import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { discardEmailAction, discardWaitingEmailsAction } from "@/app/admin/mail-actions";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { requirePrincipal } from "@/lib/auth/require-principal";
import { orNotFound } from "@/lib/errors/or-not-found";
import { firstParam, type SearchParams } from "@/lib/forms/page-props";
import { previewDiscard } from "@/lib/mail/manage-outbox";

/**
 * The confirmation of "Verwerfen" — one mail (?id=…) or all waiting mail — a page of its own so it
 * works without JavaScript.
 */
export default async function DiscardEmailsPage({ searchParams }: { searchParams: SearchParams }) {
  const admin = await requirePrincipal("admin");
  const id = firstParam((await searchParams).id);
  const preview = await orNotFound(previewDiscard(admin, id === undefined ? { all: true } : { emailId: id }));
  const t = await getTranslations("Admin.mail");
  const cancel = <Link href="/admin/mail">{preview.count === 0 ? t("back") : t("cancel")}</Link>;
  return (
    <>
      <h1>{t("discardTitle")}</h1>
      {preview.count === 0 ? (
        <>
          <p>{t("discardNothing")}</p>
          <p>{cancel}</p>
        </>
      ) : (
        <>
          <p>
            {preview.email
              ? t("discardOneQuestion", { subject: preview.email.subject, recipient: preview.email.recipient })
              : t("discardAllQuestion", { count: preview.count })}
          </p>
          {preview.email ? null : <p>{t("discardAllKeepsNewer")}</p>}
          <p className="muted">{t("discardWarning")}</p>
          <form
            action={
              preview.email
                ? discardEmailAction.bind(null, preview.email.id)
                : discardWaitingEmailsAction.bind(null, preview.queuedUntil.toISOString())
            }
            className="actions"
          >
            <SubmitButton variant="danger">{t("ok")}</SubmitButton>
            {cancel}
          </form>
        </>
      )}
    </>
  );
}

export async function generateMetadata() {
  const t = await getTranslations("Admin.mail");
  return { title: t("discardTitle") };
}

"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { ActionForm, type FormStateAction } from "@/components/forms/ActionForm";
import { SubmitButton } from "@/components/forms/SubmitButton";

/** "OK" on the confirmation page; says so when the sub-portal turned out to be the last one. */
export function DeleteSubPortalForm({
  action,
  portalId,
  subPortalId,
}: {
  action: FormStateAction;
  portalId: string;
  subPortalId: string;
}) {
  const t = useTranslations("Portals");
  const buttons = (
    <>
      <SubmitButton variant="danger">{t("ok")}</SubmitButton>
      <Link href={`/manager/portals/${portalId}/sub-portals/${subPortalId}`}>{t("cancel")}</Link>
    </>
  );
  return (
    <ActionForm action={action} buttons={buttons}>
      {() => (
        <>
          <input type="hidden" name="portalId" value={portalId} />
          <input type="hidden" name="subPortalId" value={subPortalId} />
        </>
      )}
    </ActionForm>
  );
}

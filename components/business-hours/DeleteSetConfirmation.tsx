import Link from "next/link";
import { useTranslations } from "next-intl";
import { SubmitButton } from "@/components/forms/SubmitButton";

export function DeleteSetConfirmation({
  title,
  action,
  setId,
  name,
  portalCount,
  cancelHref,
}: {
  title: string;
  action: (formData: FormData) => Promise<void>;
  setId: string;
  name: string;
  portalCount: number;
  cancelHref: string;
}) {
  const t = useTranslations("BusinessHours");
  return (
    <>
      <h1>{title}</h1>
      <p>{t("deleteQuestion", { name, count: portalCount })}</p>
      <form action={action} className="actions">
        <input type="hidden" name="setId" value={setId} />
        <SubmitButton variant="danger">{t("ok")}</SubmitButton>
        <Link href={cancelHref}>{t("cancel")}</Link>
      </form>
    </>
  );
}

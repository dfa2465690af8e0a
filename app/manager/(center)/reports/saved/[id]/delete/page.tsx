import { getTranslations } from "next-intl/server";
import { ConfirmAction } from "@/components/shell/ConfirmAction";
import { requirePrincipal } from "@/lib/auth/require-principal";
import { orNotFound } from "@/lib/errors/or-not-found";
import { titleOrNotFound } from "@/lib/errors/title-or-not-found";
import { savedReport } from "@/lib/reports/saved-reports";
import { deleteSavedReportAction } from "../../../actions";

type Props = { params: Promise<{ id: string }> };

/** "Löschen" of a saved report asks first, naming it. */
export default async function DeleteSavedReportPage({ params }: Props) {
  const actor = await requirePrincipal("manager");
  const { id } = await params;
  const entry = await orNotFound(savedReport(actor, id));
  const t = await getTranslations("Reports");
  return (
    <div className="stack">
      <h1>{t("deleteTitle", { name: entry.name })}</h1>
      <p>{t("deleteText")}</p>
      <ConfirmAction
        action={deleteSavedReportAction}
        fields={{ savedId: entry.id }}
        confirm={t("delete")}
        back={t("cancel")}
        backHref="/manager/reports#my-reports"
      />
    </div>
  );
}

export async function generateMetadata({ params }: Props) {
  const actor = await requirePrincipal("manager");
  const { id } = await params;
  const t = await getTranslations("Reports");
  return titleOrNotFound(async () => t("deleteTitle", { name: (await savedReport(actor, id)).name }));
}

import { ConfirmAction } from "@/components/shell/ConfirmAction";
import { getTranslations } from "next-intl/server";
import { requirePrincipal } from "@/lib/auth/require-principal";
import { managerSignOutPreview } from "@/lib/dashboard/dashboard-actions";
import { orNotFound } from "@/lib/errors/or-not-found";
import { titleOrNotFound } from "@/lib/errors/title-or-not-found";
import { signOutManagerAction } from "../../../actions";

type Props = { params: Promise<{ userId: string }> };

/**
 * "Abmelden" of another manager from the Dashboard (company managers) asks first: every browser of
 * theirs is signed out of the Management Center.
 */
export default async function SignOutManagerPage({ params }: Props) {
  const actor = await requirePrincipal("manager");
  const { userId } = await params;
  const preview = await orNotFound(managerSignOutPreview(actor, userId));
  const t = await getTranslations("Dashboard.signOutManager");
  return (
    <div className="stack">
      <h1>{t("title")}</h1>
      <p>{t("text", { name: preview.name })}</p>
      <ConfirmAction
        backHref="/manager/dashboard"
        action={signOutManagerAction}
        fields={{ userId: preview.userId }}
        confirm={t("confirm")}
        back={t("cancel")}
      />
    </div>
  );
}

export async function generateMetadata({ params }: Props) {
  const actor = await requirePrincipal("manager");
  const { userId } = await params;
  const t = await getTranslations("Dashboard.signOutManager");
  const pt = await getTranslations("PageTitles");
  return titleOrNotFound(async () =>
    pt("of", { object: (await managerSignOutPreview(actor, userId)).name, page: t("title") }),
  );
}

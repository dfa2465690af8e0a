import { getTranslations } from "next-intl/server";
import { ConfirmAction } from "@/components/shell/ConfirmAction";
import { revocableApiToken } from "@/lib/api/api-tokens";
import { API_TOKENS_PATH } from "@/lib/api/paths";
import { requirePrincipal } from "@/lib/auth/require-principal";
import { orNotFound } from "@/lib/errors/or-not-found";
import { titleOrNotFound } from "@/lib/errors/title-or-not-found";
import { revokeApiTokenAction } from "../../../actions";

type Props = { params: Promise<{ id: string }> };

/** "Widerrufen" of an API token asks first, naming it: whatever uses it stops working at once. */
export default async function RevokeApiTokenPage({ params }: Props) {
  const actor = await requirePrincipal("manager");
  const { id } = await params;
  const token = await orNotFound(revocableApiToken(actor, id));
  const t = await getTranslations("ApiTokens");
  return (
    <div className="stack">
      <h1>{t("revokeTitle", { name: token.name })}</h1>
      <p>{t("revokeText", { prefix: `${token.prefix}…` })}</p>
      <ConfirmAction
        action={revokeApiTokenAction}
        fields={{ tokenId: token.id }}
        confirm={t("revoke")}
        back={t("cancel")}
        backHref={API_TOKENS_PATH}
      />
    </div>
  );
}

export async function generateMetadata({ params }: Props) {
  const actor = await requirePrincipal("manager");
  const { id } = await params;
  const t = await getTranslations("ApiTokens");
  return titleOrNotFound(async () => t("revokeTitle", { name: (await revocableApiToken(actor, id)).name }));
}

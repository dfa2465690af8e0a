import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ApiTokenForm } from "@/components/api/ApiTokenForm";
import { ApiTokenList } from "@/components/api/ApiTokenList";
import { Notice } from "@/components/shell/Notice";
import { listApiTokens, TOKEN_LIFETIMES } from "@/lib/api/api-tokens";
import { API_REFERENCE_PATH, OPENAPI_DOCUMENT_PATH } from "@/lib/api/paths";
import { API_V1_BASE } from "@/lib/api/v1/openapi";
import { requirePrincipal } from "@/lib/auth/require-principal";
import { publicUrl } from "@/lib/config/env";
import { orNotFound } from "@/lib/errors/or-not-found";
import { createApiTokenAction } from "./actions";

/** A token lives 90 days unless its maker chooses otherwise: long enough for a script, short enough to rotate. */
const DEFAULT_LIFETIME_DAYS = 90;

/**
 * Management Center › API (decision record 28): an API manager's personal API tokens — the list,
 * "API-Token erstellen" (the secret shown once) and "Widerrufen". Everyone else finds no such page.
 */
export default async function ApiTokensPage() {
  const actor = await requirePrincipal("manager");
  const tokens = await orNotFound(listApiTokens(actor));
  const t = await getTranslations("ApiTokens");
  return (
    <div className="stack">
      <h1>{t("title")}</h1>
      <Notice />
      <p>
        {t.rich("intro", {
          reference: (chunks) => <Link href={API_REFERENCE_PATH}>{chunks}</Link>,
          document: (chunks) => <a href={OPENAPI_DOCUMENT_PATH}>{chunks}</a>,
        })}
      </p>
      <section aria-labelledby="tokens-heading" className="stack">
        <h2 id="tokens-heading">{t("listHeading")}</h2>
        <ApiTokenList tokens={tokens} />
      </section>
      <section aria-labelledby="new-token-form-heading" className="card stack">
        <h2 id="new-token-form-heading">{t("create")}</h2>
        <ApiTokenForm
          action={createApiTokenAction}
          lifetimes={TOKEN_LIFETIMES}
          defaultLifetime={DEFAULT_LIFETIME_DAYS}
          tokenUrl={`${publicUrl()}${API_V1_BASE}/token`}
        />
      </section>
    </div>
  );
}

export async function generateMetadata() {
  const t = await getTranslations("ApiTokens");
  return { title: t("title") };
}

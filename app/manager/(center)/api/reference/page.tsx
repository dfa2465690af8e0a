import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ApiReference } from "@/components/api/ApiReference";
import { DocText } from "@/components/api/ReferenceTables";
import { apiReference } from "@/lib/api/reference/api-reference";
import { OPENAPI_DOCUMENT_PATH, API_TOKENS_PATH } from "@/lib/api/paths";
import { API_V1_BASE } from "@/lib/api/v1/openapi";
import { requirePrincipal } from "@/lib/auth/require-principal";
import { orNotFound } from "@/lib/errors/or-not-found";

/**
 * The REST API's reference, read from the OpenAPI document the API serves, so every operation
 * appears here as soon as it exists. For API managers and company managers (lib/api/reference).
 * The page's own words follow the viewer's language; the operations' texts are the document's,
 * in English.
 */
export default async function ApiReferencePage() {
  const actor = await requirePrincipal("manager");
  const model = await orNotFound(apiReference(actor));
  const t = await getTranslations("ApiReference");
  return (
    <div className="stack">
      <h1>{t("title")}</h1>
      <p>
        <DocText text={model.description} />
      </p>
      <dl className="facts">
        <dt>{t("version")}</dt>
        <dd>{model.version}</dd>
        <dt>{t("baseUrl")}</dt>
        <dd>
          <code>{model.serverUrl}</code>
        </dd>
        <dt>{t("authentication")}</dt>
        <dd>
          {actor.managerRole === "api"
            ? t.rich("authenticationOwn", { link: (chunks) => <Link href={API_TOKENS_PATH}>{chunks}</Link> })
            : t("authenticationOther")}
        </dd>
      </dl>
      <p>{t.rich("document", { link: (chunks) => <a href={OPENAPI_DOCUMENT_PATH}>{chunks}</a> })}</p>
      <p className="alert alert-info">{t("englishNote")}</p>
      <ApiReference model={model} basePath={API_V1_BASE} />
    </div>
  );
}

export async function generateMetadata() {
  const t = await getTranslations("ApiReference");
  return { title: t("title") };
}

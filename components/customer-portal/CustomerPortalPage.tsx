import { getLocale, getTranslations } from "next-intl/server";
import { FormAlert } from "@/components/forms/FormAlert";
import { PublicPage } from "@/components/shell/PublicPage";
import type { OpeningState } from "@/lib/business-hours/portal-opening-state";
import type { ErrorKey } from "@/lib/errors/error-key";
import type { FormState } from "@/lib/forms/form-state";
import type { Locale } from "@/lib/i18n/locales";
import { inLanguage, type PublicPortal } from "@/lib/portals/public-portal";
import { ClosedNotice } from "./ClosedNotice";
import { type BuiltInText, fieldViewsOf } from "./field-views";
import { SupportRequestForm } from "./SupportRequestForm";
import "./customer-portal.css";

/** The public portal page: name, welcome text, then the type's form, the closed message, or "no agents". */
export async function CustomerPortalPage({
  portal,
  opening,
  action,
  languageAction,
  error,
}: {
  portal: PublicPortal;
  opening: OpeningState;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  languageAction: (formData: FormData) => Promise<void>;
  /** A form-level error key from a redirect (e.g. an oversized submission refused by the proxy). */
  error?: ErrorKey;
}) {
  const t = await getTranslations("CustomerPortal");
  const locale = (await getLocale()) as Locale;
  const welcome = inLanguage(portal.welcome, locale).trim();
  // The name field has no built-in help.
  const builtIn: BuiltInText = (field, kind) =>
    kind === "label" ? t(`fields.${field}.label`) : field === "name" ? "" : t(`fields.${field}.help`);
  return (
    <PublicPage title={portal.name} languageAction={languageAction}>
      {/* Which of the portal's sub-portals this is ("Drucker", "VIP"): the customer's way in. */}
      <p className="muted portal-sub">{portal.subPortal.name}</p>
      {welcome ? <p className="portal-text">{welcome}</p> : null}
      {!opening.open ? (
        <ClosedNotice state={opening} />
      ) : portal.type === "agentSelection" && !portal.agents.some((a) => a.available) ? (
        <section className="alert alert-info" aria-labelledby="portal-no-agents-title">
          <h2 id="portal-no-agents-title">{t("noAgentsTitle")}</h2>
          <p>{t("noAgentsText")}</p>
        </section>
      ) : (
        <>
          {/* Without a welcome text, a line on how this kind of page works. */}
          {welcome ? null : <p>{t(`intro.${portal.type}`)}</p>}
          <FormAlert error={error} />
          <SupportRequestForm
            action={action}
            type={portal.type}
            agents={portal.agents}
            fields={fieldViewsOf(portal.fields, locale, builtIn)}
          />
        </>
      )}
    </PublicPage>
  );
}

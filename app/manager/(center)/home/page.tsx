import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { KeyFiguresPanel } from "@/components/dashboard/KeyFiguresPanel";
import { Notice } from "@/components/shell/Notice";
import { requirePrincipal } from "@/lib/auth/require-principal";
import { API_REFERENCE_PATH, API_TOKENS_PATH } from "@/lib/api/paths";
import { keyFigures } from "@/lib/dashboard/key-figures";

/** The landing page after sign-in: for managers, the counters of what is going on now. */
export default async function ManagerHomePage() {
  const principal = await requirePrincipal("manager");
  const t = await getTranslations("Home");
  const format = await getFormatter();
  const role = principal.kind === "agent" ? "agent" : (principal.managerRole ?? "team");
  const now = new Date();
  const figures = role === "company" || role === "team" ? await keyFigures(principal, now) : null;
  return (
    <>
      <h1>{t("title", { name: principal.displayName })}</h1>
      <Notice />
      {figures ? <KeyFiguresPanel viewer={principal} figures={figures} now={now} /> : null}
      {role === "api" ? (
        // API managers manage nothing here: what they came for is the API page.
        <p className="alert alert-info">
          {t.rich("apiHint", {
            tokens: (chunks) => <Link href={API_TOKENS_PATH}>{chunks}</Link>,
            reference: (chunks) => <Link href={API_REFERENCE_PATH}>{chunks}</Link>,
          })}
        </p>
      ) : null}
      <dl className="facts">
        <dt>{t("role")}</dt>
        <dd>{t(`roles.${role}`)}</dd>
        <dt>{t("loginId")}</dt>
        <dd>{principal.loginId}</dd>
        <dt>{t("signedInSince")}</dt>
        <dd>
          <time dateTime={principal.sessionCreatedAt.toISOString()} data-testid="signed-in-since">
            {format.dateTime(principal.sessionCreatedAt, { dateStyle: "medium", timeStyle: "short" })}
          </time>{" "}
          ({principal.timeZone})
        </dd>
      </dl>
      <p>{t.rich("settingsHint", { link: (chunks) => <Link href="/manager/settings">{chunks}</Link> })}</p>
    </>
  );
}

export async function generateMetadata() {
  const t = await getTranslations("Nav");
  return { title: t("home") };
}

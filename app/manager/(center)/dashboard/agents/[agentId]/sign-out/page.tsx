import { ConfirmAction } from "@/components/shell/ConfirmAction";
import { getFormatter, getTranslations } from "next-intl/server";
import { requirePrincipal } from "@/lib/auth/require-principal";
import { agentSignOutPreview } from "@/lib/dashboard/dashboard-actions";
import { orNotFound } from "@/lib/errors/or-not-found";
import { titleOrNotFound } from "@/lib/errors/title-or-not-found";
import { signOutAgentAction } from "../../../actions";

type Props = { params: Promise<{ agentId: string }> };

/**
 * "Abmelden" of an agent from the Dashboard asks first, like the agent's own sign-out: the sessions
 * still running end with it, and this page names them.
 */
export default async function SignOutAgentPage({ params }: Props) {
  const actor = await requirePrincipal("manager");
  const { agentId } = await params;
  const preview = await orNotFound(agentSignOutPreview(actor, agentId));
  const t = await getTranslations("Dashboard.signOutAgent");
  const format = await getFormatter();
  return (
    <div className="stack">
      <h1>{t("title")}</h1>
      <p>{t("text", { name: preview.name })}</p>
      {preview.openSessions.length ? (
        <>
          <p>{t("sessions")}</p>
          <ul>
            {preview.openSessions.map((s) => (
              <li key={s.number}>
                {t("session", {
                  number: s.number,
                  customer: s.customerName || "–",
                  time: format.dateTime(s.startedAt, { timeStyle: "short" }),
                })}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t("noSessions", { name: preview.name })}</p>
      )}
      <ConfirmAction
        backHref="/manager/dashboard"
        action={signOutAgentAction}
        fields={{ agentId: preview.agentId, console: preview.console }}
        confirm={t("confirm")}
        back={t("cancel")}
      />
    </div>
  );
}

export async function generateMetadata({ params }: Props) {
  const actor = await requirePrincipal("manager");
  const { agentId } = await params;
  const t = await getTranslations("Dashboard.signOutAgent");
  const pt = await getTranslations("PageTitles");
  return titleOrNotFound(async () =>
    pt("of", { object: (await agentSignOutPreview(actor, agentId)).name, page: t("title") }),
  );
}

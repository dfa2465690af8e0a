import { getTranslations } from "next-intl/server";
import type { AgentStatus } from "@/lib/live/presence";

/**
 * Verfügbar / Abwesend as two buttons of one form (the pressed one is the current status); "in
 * session" follows from open sessions. When another browser holds the console, a way back in.
 */
export async function StatusPanel({
  presence,
  openSessions,
  actions,
}: {
  presence: { status: AgentStatus; here: boolean } | null;
  openSessions: number;
  actions: { rejoin: () => Promise<void>; setStatus: (formData: FormData) => Promise<void> };
}) {
  const t = await getTranslations("AgentConsole.status");
  if (!presence?.here) {
    return (
      <section aria-labelledby="status-heading" className="console-panel">
        <h2 id="status-heading">{t("heading")}</h2>
        <p role="alert" className="alert alert-error">
          {t("notHere")}
        </p>
        <form action={actions.rejoin} className="actions">
          <button type="submit" className="button button-primary">
            {t("rejoin")}
          </button>
        </form>
      </section>
    );
  }
  const statusText = [t(presence.status), openSessions > 0 ? t("inSession", { count: openSessions }) : null]
    .filter(Boolean)
    .join(" · ");
  return (
    <section aria-labelledby="status-heading" className="console-panel">
      <h2 id="status-heading">{t("heading")}</h2>
      <p className={`status-line status-${presence.status}`}>{t("current", { status: statusText })}</p>
      <form action={actions.setStatus} className="status-switch" aria-label={t("change")}>
        {(["available", "away"] as const).map((status) => (
          <button
            key={status}
            type="submit"
            name="status"
            value={status}
            aria-pressed={presence.status === status}
            className={`button ${presence.status === status ? "button-primary" : "button-secondary"}`}
          >
            {t(status)}
          </button>
        ))}
      </form>
    </section>
  );
}

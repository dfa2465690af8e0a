import { getTranslations } from "next-intl/server";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { FactList } from "@/components/shell/FactList";
import { diagnosticsRows } from "@/lib/live/diagnostics-rows";
import type { DiagnosticsState } from "@/lib/live/diagnostics-state";

/**
 * Diagnostics: the customer's system information once they agreed, as a definition list; else
 * where the request stands and "Diagnose anfordern" (only while the session runs).
 */
export async function DiagnosticsPanel({
  state,
  open,
  requestAction,
}: {
  state: DiagnosticsState;
  open: boolean;
  /** "Diagnose anfordern"; without it (a manager's read-only view) there is no button. */
  requestAction?: () => Promise<void>;
}) {
  const t = await getTranslations("AgentConsole.diagnostics");
  if (state.kind === "received") {
    const rows = diagnosticsRows(state.info, t);
    return (
      <section aria-labelledby="diagnostics-heading" className="console-panel">
        <h2 id="diagnostics-heading">{t("heading")}</h2>
        <h3>{t("received")}</h3>
        {rows.length > 0 ? <FactList facts={rows} className="diagnostics-facts" /> : <p>{t("nothing")}</p>}
      </section>
    );
  }
  if (!open && state.kind === "none") return null;
  return (
    <section aria-labelledby="diagnostics-heading" className="console-panel">
      <h2 id="diagnostics-heading">{t("heading")}</h2>
      <p className={state.kind === "declined" ? "alert alert-error" : "muted"}>
        {state.kind === "requested" ? t("requested") : state.kind === "declined" ? t("declined") : t("none")}
      </p>
      {open && requestAction && state.kind !== "requested" ? (
        <form action={requestAction}>
          <SubmitButton variant="secondary">
            {state.kind === "declined" ? t("requestAgain") : t("request")}
          </SubmitButton>
        </form>
      ) : null}
    </section>
  );
}

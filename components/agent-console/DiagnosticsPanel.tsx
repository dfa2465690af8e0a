import { Fragment } from "react";
import { getTranslations } from "next-intl/server";
import { SubmitButton } from "@/components/forms/SubmitButton";
import type { DiagnosticsInfo } from "@/lib/live/diagnostics-info";
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
    const rows = await infoRows(state.info);
    return (
      <section aria-labelledby="diagnostics-heading" className="console-panel">
        <h2 id="diagnostics-heading">{t("heading")}</h2>
        <h3>{t("received")}</h3>
        {rows.length > 0 ? (
          <dl className="facts diagnostics-facts">
            {rows.map(([label, value]) => (
              <Fragment key={label}>
                <dt>{label}</dt>
                <dd>{value}</dd>
              </Fragment>
            ))}
          </dl>
        ) : (
          <p>{t("nothing")}</p>
        )}
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

async function infoRows(info: DiagnosticsInfo): Promise<[string, string][]> {
  const t = await getTranslations("AgentConsole.diagnostics");
  const yesNo = (value: boolean) => (value ? t("yes") : t("no"));
  const rows: [string, string | undefined][] = [
    [t("platform"), info.platform],
    [t("browser"), info.browser],
    [t("language"), info.language],
    [t("languages"), info.languages?.join(", ")],
    [t("timeZone"), info.timeZone],
    [
      t("screen"),
      info.screen?.width && info.screen.height ? `${info.screen.width} × ${info.screen.height}` : undefined,
    ],
    [t("pixelRatio"), info.pixelRatio?.toString()],
    [
      t("connection"),
      info.connection
        ? [
            info.connection.type,
            info.connection.effectiveType,
            info.connection.downlink !== undefined ? t("downlink", { value: info.connection.downlink }) : undefined,
          ]
            .filter(Boolean)
            .join(", ") || undefined
        : undefined,
    ],
    [t("hardwareConcurrency"), info.hardwareConcurrency?.toString()],
    [t("deviceMemory"), info.deviceMemory !== undefined ? t("memory", { value: info.deviceMemory }) : undefined],
    [t("cookiesEnabled"), info.cookiesEnabled !== undefined ? yesNo(info.cookiesEnabled) : undefined],
    [t("online"), info.online !== undefined ? yesNo(info.online) : undefined],
    [t("userAgent"), info.userAgent],
  ];
  return rows.filter((row): row is [string, string] => !!row[1]);
}

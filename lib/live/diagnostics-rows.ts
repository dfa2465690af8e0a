import type { Messages } from "@/lib/i18n/app-config";
import type { DiagnosticsInfo } from "./diagnostics-info";

/** A translator of the "AgentConsole.diagnostics" namespace (next-intl's, on a page or in a file). */
type Translate = (
  key: keyof Messages["AgentConsole"]["diagnostics"],
  values?: Record<string, string | number>,
) => string;

/**
 * The customer's system information as label and value, in the reader's language, leaving out what
 * the browser did not tell — the agent's panel, a manager's view and the exported text alike.
 */
export function diagnosticsRows(info: DiagnosticsInfo, t: Translate): [string, string][] {
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

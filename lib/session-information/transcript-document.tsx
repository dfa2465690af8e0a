import { createTranslator } from "next-intl";
import { allMessages } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/locales";
import { clockDuration } from "@/lib/reports/report-format";
import type { SessionRecord } from "@/lib/session-information/session-record";
import { lineText, type TranscriptLine } from "@/lib/session-information/transcript";

/** The exported file's own look: no stylesheet to fetch, readable on screen and on paper. */
const STYLE = `
body { font: 16px/1.5 system-ui, sans-serif; color: #0f172a; margin: 2rem auto; max-width: 48rem; padding: 0 1rem; }
h1 { font-size: 1.5rem; } h2 { font-size: 1.2rem; margin-top: 2rem; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1.5rem; }
dt { font-weight: 600; } dd { margin: 0; }
ol { list-style: none; padding: 0; } li { margin: 0 0 .75rem; }
.meta { display: block; font-size: .875rem; color: #334155; }
.text { white-space: pre-line; }
`;

/**
 * A session's transcript as a self-contained web page (the HTML export of Sitzungsinformationen):
 * the facts, then every line with who wrote it and when, in the viewer's language and on their clock.
 * Rendered to a string on the server (react-email's render), never shown inside Lotse.
 */
export function TranscriptDocument({
  record,
  lines,
  locale,
  dateTime,
}: {
  record: SessionRecord;
  lines: TranscriptLine[];
  locale: Locale;
  dateTime: (at: Date) => string;
}) {
  const messages = allMessages[locale];
  const t = createTranslator({ locale, messages, namespace: "SessionInformation" });
  const tv = createTranslator({ locale, messages, namespace: "SessionView" });
  const tt = createTranslator({ locale, messages, namespace: "AgentConsole.transcript" });
  const customer = record.customer.name || t("noCustomerName");
  const who = (line: TranscriptLine) =>
    line.author === "agent" ? record.agentName : line.author === "customer" ? customer : tt("system");
  const title = t("sessionTitle", { number: record.number });
  const facts: [string, string][] = [
    [tv("portal"), `${record.portalName} › ${record.subPortalName}`],
    [tv("team"), record.teamName || t("noTeam")],
    [tv("agent"), record.agentName],
    [tv("customer"), customer],
    [tv("startedAt"), dateTime(record.startedAt)],
    [tv("endedAt"), dateTime(record.endedAt)],
    [tv("duration"), clockDuration(record.durationMs)],
  ];
  return (
    <html lang={locale}>
      {/* eslint-disable-next-line @next/next/no-head-element -- a file rendered to a string, not a Next page */}
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title}</title>
        <style>{STYLE}</style>
      </head>
      <body>
        <main>
          <h1>{title}</h1>
          <dl>
            {facts.map(([label, value]) => (
              <div key={label} style={{ display: "contents" }}>
                <dt>{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
          <h2>{t("transcript")}</h2>
          <ol>
            {lines.map((line) => (
              <li key={line.id}>
                <span className="meta">
                  {who(line)} · <time dateTime={line.at.toISOString()}>{dateTime(line.at)}</time>
                </span>
                <span className="text">{lineText(line, (key) => tt(key))}</span>
              </li>
            ))}
          </ol>
        </main>
      </body>
    </html>
  );
}

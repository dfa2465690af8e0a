import "server-only";
import { createElement } from "react";
import { render } from "@react-email/render";
import type { Principal } from "@/lib/auth/principal";
import { writeAudit } from "@/lib/audit/write-audit";
import { inTransaction } from "@/lib/db/transaction";
import { NotFoundError } from "@/lib/errors/domain-errors";
import { translatorFor } from "@/lib/i18n/messages";
import { diagnosticsRows } from "@/lib/live/diagnostics-rows";
import { clockDuration } from "@/lib/reports/report-format";
import { TranscriptDocument } from "./transcript-document";
import { reviewSession, type SessionRecord } from "./session-record";
import { lineText, type TranscriptLabel, transcriptLines } from "./transcript";

/** What Sitzungsinformationen exports of a session: the transcript as text and as a web page, the diagnostics as JSON and text. */
export const EXPORT_FILES = ["transcript.txt", "transcript.html", "diagnostics.json", "diagnostics.txt"] as const;
export type ExportFile = (typeof EXPORT_FILES)[number];

export type ExportedFile = { name: string; contentType: string; body: string };

/**
 * A session's transcript or diagnostics as a file, in the viewer's language and on their clock
 * (manual chapter 6: "Aufzeichnungen der Chat-Unterhaltung und Ferndiagnose-Informationen
 * exportieren"). Only for viewers who may export (company managers; team managers and agents with
 * "Sitzungswiedergabe exportieren") and while the content is kept; anything else is "not found".
 * Every export is written to the audit log.
 */
export async function exportSessionFile(actor: Principal, number: unknown, file: unknown): Promise<ExportedFile> {
  if (!isExportFile(file)) throw new NotFoundError("export");
  const record = await reviewSession(actor, number, { audit: false });
  if (!record.mayExport || record.purgedAt) throw new NotFoundError("export");
  if (file.startsWith("diagnostics") && record.diagnostics.kind !== "received") throw new NotFoundError("export");
  const exported = await build(file, record, actor);
  await inTransaction((tx) =>
    writeAudit(tx, {
      actor,
      action: "sessionInformation.exported",
      targetType: "supportSession",
      targetId: record.id,
      summary: { sessionNumber: record.number, file },
    }),
  );
  return exported;
}

function isExportFile(value: unknown): value is ExportFile {
  return (EXPORT_FILES as readonly unknown[]).includes(value);
}

async function build(file: ExportFile, record: SessionRecord, actor: Principal): Promise<ExportedFile> {
  const name = (ending: string) => `sitzung-${record.number}-${ending}`;
  switch (file) {
    case "transcript.txt":
      return { name: name(file), contentType: "text/plain; charset=utf-8", body: transcriptText(record, actor) };
    case "transcript.html": {
      const body = await render(
        createElement(TranscriptDocument, { record, lines: transcriptLines(record.events), ...viewer(actor) }),
      );
      return { name: name(file), contentType: "text/html; charset=utf-8", body };
    }
    case "diagnostics.json": {
      const info = record.diagnostics.kind === "received" ? record.diagnostics.info : {};
      const body = JSON.stringify({ session: record.number, diagnostics: info }, null, 2);
      return { name: name(file), contentType: "application/json; charset=utf-8", body: `${body}\n` };
    }
    case "diagnostics.txt": {
      const t = translatorFor(actor.language, "AgentConsole");
      const info = record.diagnostics.kind === "received" ? record.diagnostics.info : {};
      const rows = diagnosticsRows(info, translatorFor(actor.language, "AgentConsole.diagnostics"));
      const heading = `${t("diagnostics.received")} – ${sessionLabel(record, actor)}`;
      return {
        name: name(file),
        contentType: "text/plain; charset=utf-8",
        body: [heading, "", ...rows.map(([label, value]) => `${label}: ${value}`), ""].join("\r\n"),
      };
    }
  }
}

/** The viewer's language and clock, as the exported files use them. */
function viewer(actor: Principal) {
  return {
    locale: actor.language,
    dateTime: new Intl.DateTimeFormat(actor.language, {
      dateStyle: "medium",
      timeStyle: "medium",
      timeZone: actor.timeZone,
    }).format,
  };
}

function sessionLabel(record: SessionRecord, actor: Principal): string {
  return translatorFor(actor.language, "SessionInformation")("sessionTitle", { number: record.number });
}

/** The transcript as plain text: a heading with the facts, then one line per entry (CRLF, for every editor). */
function transcriptText(record: SessionRecord, actor: Principal): string {
  const t = translatorFor(actor.language, "SessionInformation");
  const tv = translatorFor(actor.language, "SessionView");
  const ta = translatorFor(actor.language, "AgentConsole");
  const tt = (key: "system" | TranscriptLabel) => ta(`transcript.${key}`);
  const { dateTime } = viewer(actor);
  const customer = record.customer.name || t("noCustomerName");
  const who = (author: string) =>
    author === "agent" ? record.agentName : author === "customer" ? customer : tt("system");
  const lines = transcriptLines(record.events).map((line) => {
    const text = lineText(line, (key) => tt(key));
    return `[${dateTime(line.at)}] ${who(line.author)}: ${text.replace(/\r?\n/g, "\r\n    ")}`;
  });
  return [
    sessionLabel(record, actor),
    `${tv("portal")}: ${record.portalName} › ${record.subPortalName}`,
    `${tv("team")}: ${record.teamName || t("noTeam")}`,
    `${tv("agent")}: ${record.agentName}`,
    `${tv("customer")}: ${customer}`,
    `${tv("startedAt")}: ${dateTime(record.startedAt)}`,
    `${tv("endedAt")}: ${dateTime(record.endedAt)}`,
    `${tv("duration")}: ${clockDuration(record.durationMs)}`,
    "",
    ...lines,
    "",
  ].join("\r\n");
}

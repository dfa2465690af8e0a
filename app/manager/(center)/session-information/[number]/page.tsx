import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DiagnosticsPanel } from "@/components/agent-console/DiagnosticsPanel";
import { ViewedFiles } from "@/components/session-viewing/ViewedFiles";
import { ReplayPlayer } from "@/components/session-information/ReplayPlayer";
import { SessionRecordFacts } from "@/components/session-information/SessionRecordFacts";
import { SessionRecordings } from "@/components/session-information/SessionRecordings";
import { SessionTranscript } from "@/components/session-information/SessionTranscript";
import { requirePrincipal } from "@/lib/auth/require-principal";
import { sessionRetentionDays } from "@/lib/config/env";
import { orNotFound } from "@/lib/errors/or-not-found";
import type { SearchParams } from "@/lib/forms/page-props";
import { isPrefetchRequest } from "@/lib/http/prefetch";
import { sessionRecordings } from "@/lib/recordings/replay";
import { type ReplayPurpose, ticketOf } from "@/lib/recordings/replay-tickets";
import { SESSION_INFORMATION_PATH, sessionInformationPath } from "@/lib/session-information/paths";
import { reviewableSession, reviewSession } from "@/lib/session-information/session-record";
import { transcriptLines } from "@/lib/session-information/transcript";
import { recordingAccessAction } from "./actions";

type Props = { params: Promise<{ number: string }>; searchParams: SearchParams };

/** A query value as one string ("" when absent or repeated). */
const single = (value: string | string[] | undefined) => (typeof value === "string" ? value : "");

/** The viewer's own, unexpired ticket for this purpose, from the address; null for anything else. */
function openedTicket(userId: string, id: string, purpose: ReplayPurpose) {
  const ticket = id ? ticketOf(id, userId) : null;
  return ticket && ticket.purpose === purpose ? { ticket: id, recordingId: ticket.recordingId } : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const actor = await requirePrincipal("manager");
  const { session } = await orNotFound(reviewableSession(actor, (await params).number));
  const t = await getTranslations("SessionInformation");
  return { title: t("sessionTitle", { number: session.number }) };
}

/**
 * One past session in Sitzungsinformationen (manual chapter 6): its facts, and — while they are
 * kept — its chat transcript, diagnostics and files; after that the manual's "Daten sind nicht mehr
 * verfügbar". Opening it is written to the audit log (a link fetched ahead is not somebody looking).
 */
export default async function SessionRecordPage({ params, searchParams }: Props) {
  const actor = await requirePrincipal("manager");
  const { number } = await params;
  const query = await searchParams;
  const record = await orNotFound(reviewSession(actor, number, { audit: !(await isPrefetchRequest()) }));
  const recordings = record.purgedAt || !record.mayReplay ? [] : await sessionRecordings(actor, record.number);
  // A ticket from Wiedergabe or Export: only this viewer's, for one of this session's recordings.
  const replay = openedTicket(actor.userId, single(query.replay), "replay");
  const exported = openedTicket(actor.userId, single(query.export), "export");
  const played = recordings.findIndex((recording) => recording.id === replay?.recordingId);
  const downloadable = recordings.findIndex((recording) => recording.id === exported?.recordingId);
  const startAt = Math.max(0, Math.min(Number.parseInt(single(query.t), 10) || 0, 24 * 3600));
  const t = await getTranslations("SessionInformation");
  const tr = await getTranslations("SessionInformation.recordings");
  const base = sessionInformationPath(record.number);
  const fileUrl = (fileId: string) => `${base}/files/${encodeURIComponent(fileId)}`;
  const names = { agent: record.agentName, customer: record.customer.name || t("noCustomerName") };
  return (
    <>
      <p className="no-print">
        <Link href={SESSION_INFORMATION_PATH}>{t("back")}</Link>
      </p>
      <h1>{t("sessionTitle", { number: record.number })}</h1>
      <p className="muted">{t("audited")}</p>
      <section aria-labelledby="facts-heading">
        <h2 id="facts-heading">{t("facts")}</h2>
        <SessionRecordFacts record={record} />
      </section>
      {record.purgedAt ? (
        <p className="alert alert-info">{t("purged", { days: sessionRetentionDays() })}</p>
      ) : (
        <>
          <section id="transcript" aria-labelledby="transcript-heading">
            <h2 id="transcript-heading">{t("transcript")}</h2>
            <SessionTranscript lines={transcriptLines(record.events)} names={names} fileUrl={fileUrl} />
          </section>
          <div id="diagnostics">
            {record.diagnostics.kind === "received" ? (
              <DiagnosticsPanel state={record.diagnostics} open={false} />
            ) : (
              <section aria-labelledby="diagnostics-heading">
                <h2 id="diagnostics-heading">{t("diagnostics")}</h2>
                <p className="muted">
                  {record.diagnostics.kind === "requested"
                    ? t("diagnosticsUnanswered")
                    : record.diagnostics.kind === "declined"
                      ? t("diagnosticsDeclined")
                      : t("diagnosticsNone")}
                </p>
              </section>
            )}
          </div>
          <div id="files">
            <ViewedFiles files={record.files} fileUrl={fileUrl} />
          </div>
          {replay && played >= 0 ? (
            <ReplayPlayer
              label={tr("label", { n: played + 1 })}
              src={`${base}/recordings/${encodeURIComponent(replay.recordingId)}/replay/${encodeURIComponent(replay.ticket)}`}
              startedAt={recordings[played]!.startedAt}
              durationMs={recordings[played]!.durationMs}
              lines={transcriptLines(record.events)}
              names={names}
              startAt={startAt}
              seekHref={(second) => `${base}?replay=${encodeURIComponent(replay.ticket)}&t=${second}#player`}
            />
          ) : single(query.replay) ? (
            <p className="alert alert-info">{tr("ticketExpired")}</p>
          ) : null}
          {exported && downloadable >= 0 ? (
            <p className="alert alert-info">
              {tr("exportReady")}{" "}
              <a
                href={`${base}/recordings/${encodeURIComponent(exported.recordingId)}/export/${encodeURIComponent(exported.ticket)}`}
                download
              >
                {tr("exportDownload", { label: tr("label", { n: downloadable + 1 }) })}
              </a>
            </p>
          ) : single(query.export) ? (
            <p className="alert alert-info">{tr("ticketExpired")}</p>
          ) : null}
          {record.mayReplay ? (
            <SessionRecordings
              number={record.number}
              recordings={recordings}
              mayExport={record.mayExport}
              action={recordingAccessAction}
            />
          ) : null}
          {record.mayExport ? (
            <section aria-labelledby="export-heading" className="no-print">
              <h2 id="export-heading">{t("exportHeading")}</h2>
              <p className="muted">{t("exportAudited")}</p>
              <ul>
                <li>
                  <a href={`${base}/export/transcript.txt`}>{t("exportTranscriptTxt")}</a>
                </li>
                <li>
                  <a href={`${base}/export/transcript.html`}>{t("exportTranscriptHtml")}</a>
                </li>
                {record.diagnostics.kind === "received" ? (
                  <>
                    <li>
                      <a href={`${base}/export/diagnostics.json`}>{t("exportDiagnosticsJson")}</a>
                    </li>
                    <li>
                      <a href={`${base}/export/diagnostics.txt`}>{t("exportDiagnosticsTxt")}</a>
                    </li>
                  </>
                ) : null}
              </ul>
            </section>
          ) : null}
        </>
      )}
    </>
  );
}

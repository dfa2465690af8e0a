import "server-only";
import { createElement } from "react";
import { render } from "@react-email/render";
import { SessionSummaryEmail } from "@/components/emails/SessionSummaryEmail";
import { db } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import { defaultTimeZone, surveyWaitMs } from "@/lib/config/env";
import { defaultLocale, isLocale, type Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/messages";
import { enqueueEmail } from "@/lib/mail/outbox";
import { surveysOf } from "./surveys";

/** How long after the end the summary waits for the surveys that are still open. */
export const SURVEY_WAIT_MS = surveyWaitMs();

/**
 * Queues the completed-session summary for every ended session whose portal has an address — once
 * the enabled surveys are in, or SURVEY_WAIT_MS after the end. Idempotent: each session is marked
 * when handled. Run by the scheduler; the outbox job sends what it queued.
 */
export async function queueSessionSummaries(now = new Date()): Promise<number> {
  const due = await db.supportSession.findMany({
    where: { endedAt: { not: null }, summaryQueuedAt: null },
    take: 200,
    orderBy: { endedAt: "asc" },
  });
  let queued = 0;
  for (const session of due) {
    const portal = await db.portal.findUnique({
      where: { id: session.portalId },
      select: { completedSessionEmail: true },
    });
    const address = portal?.completedSessionEmail ?? null;
    const surveys = await surveysOf(session.portalId);
    const surveysIn =
      (!surveys.customer || session.customerRating !== null) && (!surveys.agent || session.agentRating !== null);
    const waitedEnough = now.getTime() - session.endedAt!.getTime() >= SURVEY_WAIT_MS;
    if (address && !surveysIn && !waitedEnough) continue;
    const mail = address ? await renderSummary(session, address) : null;
    const marked = await inTransaction(async (tx) => {
      const { count } = await tx.supportSession.updateMany({
        where: { id: session.id, summaryQueuedAt: null },
        data: { summaryQueuedAt: now },
      });
      if (count > 0 && mail) await enqueueEmail(tx, mail);
      return count > 0 && !!mail;
    });
    if (marked) queued++;
  }
  return queued;
}

type EndedSession = Awaited<ReturnType<typeof db.supportSession.findMany>>[number];

async function renderSummary(session: EndedSession, address: string) {
  // A manager's own address gets the mail in their language and time zone.
  const user = await db.user.findFirst({
    where: { email: address, kind: "manager" },
    select: { language: true, timeZone: true },
  });
  const locale: Locale = user && isLocale(user.language) ? user.language : defaultLocale;
  const timeZone = user?.timeZone ?? defaultTimeZone();
  const t = translatorFor(locale, "Emails");
  const request = await db.supportRequest.findUnique({ where: { id: session.requestId } });
  const when = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone });
  const minutes = Math.max(1, Math.round((session.endedAt!.getTime() - session.startedAt.getTime()) / 60_000));
  const rating = (value: number | null, comment: string) =>
    value === null ? t("sessionSummary.noRating") : `${value}/5${comment ? ` – ${comment}` : ""}`;
  const facts: [string, string][] = [
    [t("sessionSummary.sessionId"), session.number],
    [t("sessionSummary.portal"), `${session.portalName} / ${session.subPortalName}`],
    [t("sessionSummary.agent"), `${session.agentName}${session.teamName ? ` (${session.teamName})` : ""}`],
    [
      t("sessionSummary.customer"),
      [request?.customerName, request?.customerEmail, request?.customerPhone].filter(Boolean).join(", ") || "–",
    ],
    [t("sessionSummary.started"), when.format(session.startedAt)],
    [t("sessionSummary.duration"), t("sessionSummary.minutes", { minutes })],
    [
      t("sessionSummary.outcome"),
      session.outcome ? t(`sessionSummary.outcomes.${session.outcome as "resolved" | "unresolved" | "unknown"}`) : "–",
    ],
    [t("sessionSummary.customerRating"), rating(session.customerRating, session.customerComment)],
    [t("sessionSummary.agentRating"), rating(session.agentRating, session.agentComment)],
  ];
  if (request?.problem) facts.splice(4, 0, [t("sessionSummary.problem"), request.problem]);
  const element = createElement(SessionSummaryEmail, {
    lang: locale,
    heading: t("sessionSummary.heading", { number: session.number }),
    preview: t("sessionSummary.preview", { portal: session.portalName }),
    facts,
    notesLabel: t("sessionSummary.notes"),
    notes: session.notes,
    footer: t("sessionSummary.footer"),
  });
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
  return {
    to: address,
    subject: t("sessionSummary.subject", { number: session.number, portal: session.portalName }),
    html,
    text,
  };
}

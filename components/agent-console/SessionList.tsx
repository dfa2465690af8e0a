import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { type SessionEnding, sessionEnding } from "@/lib/live/session-ending";
import { ScrollRegion } from "@/components/shell/ScrollRegion";

export type SessionListItem = {
  id: string;
  number: string;
  startedAt: Date;
  portalName: string;
  subPortalName: string;
  customerName: string;
  endedBy?: string | null;
  endReason?: string | null;
};

/** The agent's open sessions, and ended ones that still need notes and an outcome (with who ended them). */
export async function SessionList({
  open,
  awaitingWrapUp,
}: {
  open: SessionListItem[];
  awaitingWrapUp: SessionListItem[];
}) {
  const t = await getTranslations("AgentConsole.sessions");
  return (
    <section aria-labelledby="sessions-heading" className="console-panel">
      <h2 id="sessions-heading">{t("heading")}</h2>
      {open.length === 0 ? <p className="muted">{t("none")}</p> : <SessionTable caption={t("open")} sessions={open} />}
      {awaitingWrapUp.length > 0 ? (
        <SessionTable caption={t("awaitingWrapUp")} sessions={awaitingWrapUp} showEnd />
      ) : null}
    </section>
  );
}

/** The list's words for how a session ended (not always the customer: also a sign-out or a lapsed console). */
const ENDED_HOW = {
  customer: "byCustomer",
  agent: "byYou",
  signedOut: "bySignOut",
  consoleLeft: "byConsoleLeft",
} as const satisfies Record<SessionEnding, string>;

export async function SessionTable({
  caption,
  sessions,
  showEnd = false,
}: {
  caption: string;
  sessions: SessionListItem[];
  showEnd?: boolean;
}) {
  const t = await getTranslations("AgentConsole.sessions");
  const format = await getFormatter();
  return (
    <ScrollRegion label={caption}>
      <table className="table session-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("sessionId")}</th>
            <th scope="col">{t("customer")}</th>
            <th scope="col">{t("portal")}</th>
            <th scope="col">{t("startedAt")}</th>
            {showEnd ? <th scope="col">{t("ended")}</th> : null}
          </tr>
        </thead>
        <tbody>
          {sessions.map((s) => (
            <tr key={s.id}>
              <td>
                <Link
                  href={`/agent/sessions/${s.id}`}
                  aria-label={t("link", { number: s.number })}
                  className="session-number"
                >
                  {s.number}
                </Link>
              </td>
              <td>{s.customerName || "–"}</td>
              <td>
                {s.portalName} / {s.subPortalName}
              </td>
              <td>
                <time dateTime={s.startedAt.toISOString()}>{format.dateTime(s.startedAt, { timeStyle: "short" })}</time>
              </td>
              {showEnd ? <td>{t(`endedHow.${ENDED_HOW[sessionEnding(s)]}`)}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

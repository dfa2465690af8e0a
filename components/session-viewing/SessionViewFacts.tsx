import type { ReactNode } from "react";
import { getFormatter, getTranslations } from "next-intl/server";
import type { SessionViewData } from "@/lib/session-viewing/session-view";

/** Sitzungseinsicht: what the session is — where it came from, who works on it, for whom, since when. */
export async function SessionViewFacts({ view, now }: { view: SessionViewData; now: Date }) {
  const t = await getTranslations("SessionView");
  const format = await getFormatter();
  const when = (date: Date) => (
    <time key={date.toISOString()} dateTime={date.toISOString()}>
      {format.dateTime(date, { dateStyle: "medium", timeStyle: "short" })}
    </time>
  );
  const minutes = Math.max(0, Math.floor(((view.endedAt ?? now).getTime() - view.startedAt.getTime()) / 60_000));
  const duration = t("minutes", { minutes });
  const rows: [string, ReactNode][] = [
    [
      t("sessionId"),
      <strong key="n" className="session-number">
        {view.number}
      </strong>,
    ],
    [t("portal"), `${view.portalName} › ${view.subPortalName}`],
    [t("team"), view.teamName || t("noTeam")],
    [t("agent"), view.agentName],
    [t("customer"), view.customer.name || t("noName")],
    [
      t("email"),
      view.customer.email ? (
        <a key="m" href={`mailto:${view.customer.email}`}>
          {view.customer.email}
        </a>
      ) : null,
    ],
    [
      t("problem"),
      view.customer.problem ? (
        <span key="p" className="pre-line">
          {view.customer.problem}
        </span>
      ) : null,
    ],
    [t("startedAt"), when(view.startedAt)],
    [t("endedAt"), view.endedAt ? when(view.endedAt) : null],
    [
      t("duration"),
      view.endedAt ? duration : t("durationSoFar", { duration, time: format.dateTime(now, { timeStyle: "short" }) }),
    ],
    [t("state"), view.endedAt ? t("stateEnded") : t("stateRunning")],
  ];
  return (
    <section aria-labelledby="details-heading" className="console-panel">
      <h2 id="details-heading">{t("details")}</h2>
      <dl className="facts">
        {rows
          .filter(([, value]) => value !== null)
          .map(([label, value]) => (
            <Row key={label} label={label} value={value} />
          ))}
      </dl>
    </section>
  );
}

function Row({ label, value }: { label: string; value: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </>
  );
}

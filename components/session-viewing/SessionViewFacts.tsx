import { getFormatter, getTranslations } from "next-intl/server";
import type { Fact } from "@/components/shell/FactList";
import {
  FactTime,
  MailLink,
  PreLine,
  SessionDetailsPanel,
  SessionNumber,
} from "@/components/session-information/SessionFactValues";
import type { SessionViewData } from "@/lib/session-viewing/session-view";

/** Sitzungseinsicht: what the session is — where it came from, who works on it, for whom, since when. */
export async function SessionViewFacts({ view, now }: { view: SessionViewData; now: Date }) {
  const t = await getTranslations("SessionView");
  const format = await getFormatter();
  const minutes = Math.max(0, Math.floor(((view.endedAt ?? now).getTime() - view.startedAt.getTime()) / 60_000));
  const duration = t("minutes", { minutes });
  const facts: Fact[] = [
    [t("sessionId"), <SessionNumber key="n" number={view.number} />],
    [t("portal"), `${view.portalName} › ${view.subPortalName}`],
    [t("team"), view.teamName || t("noTeam")],
    [t("agent"), view.agentName],
    [t("customer"), view.customer.name || t("noName")],
    [t("email"), view.customer.email ? <MailLink email={view.customer.email} /> : null],
    [t("problem"), view.customer.problem ? <PreLine>{view.customer.problem}</PreLine> : null],
    [t("startedAt"), <FactTime key="s" date={view.startedAt} />],
    [t("endedAt"), view.endedAt ? <FactTime key="e" date={view.endedAt} /> : null],
    [
      t("duration"),
      view.endedAt ? duration : t("durationSoFar", { duration, time: format.dateTime(now, { timeStyle: "short" }) }),
    ],
    [t("state"), view.endedAt ? t("stateEnded") : t("stateRunning")],
  ];
  return <SessionDetailsPanel heading={t("details")} facts={facts.filter(([, value]) => value !== null)} />;
}

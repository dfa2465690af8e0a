import { FactList, type Fact } from "@/components/shell/FactList";
import { FactTime, MailLink, PreLine, SessionNumber } from "./SessionFactValues";
import { getFormatter, getTranslations } from "next-intl/server";
import { reportFormat } from "@/lib/reports/report-format";
import type { SessionRecord } from "@/lib/session-information/session-record";

/**
 * What a past session was: where it came from, who handled it for whom, when, how long the customer
 * waited and the session took, how it ended and with what outcome, the agent's notes and both
 * surveys. These stay after the retention job forgot the transcript.
 */
export async function SessionRecordFacts({ record }: { record: SessionRecord }) {
  const t = await getTranslations("SessionInformation");
  const tv = await getTranslations("SessionView");
  const tr = await getTranslations("Reports");
  const f = reportFormat(await getFormatter(), tr);
  const survey = ({ rating, comment }: { rating: number | null; comment: string }) =>
    rating === null && !comment ? (
      t("noAnswer")
    ) : (
      <>
        {rating === null ? t("noAnswer") : t("rating", { rating })}
        {comment ? (
          <>
            <br />
            <PreLine>{`${t("comment")}: ${comment}`}</PreLine>
          </>
        ) : null}
      </>
    );
  const rows: Fact[] = [
    [tv("sessionId"), <SessionNumber key="number" number={record.number} />],
    [tv("portal"), `${record.portalName} › ${record.subPortalName}`],
    [tv("team"), record.teamName || t("noTeam")],
    [tv("agent"), record.agentName],
    [tv("customer"), record.customer.name || t("noCustomerName")],
    [tv("email"), record.customer.email ? <MailLink email={record.customer.email} /> : "–"],
    [tv("problem"), record.customer.problem ? <PreLine>{record.customer.problem}</PreLine> : "–"],
    [tv("startedAt"), <FactTime key="s" date={record.startedAt} />],
    [tv("endedAt"), <FactTime key="e" date={record.endedAt} />],
    [t("waited"), f.duration(record.waitedMs)],
    [tv("duration"), f.duration(record.durationMs)],
    [tv("state"), tv(`endedHow.${record.ending}`)],
    [t("outcome"), record.outcome ? tr(`outcomes.${record.outcome}`) : t("outcomeNone")],
    [t("notes"), record.notes ? <PreLine>{record.notes}</PreLine> : t("noNotes")],
    [t("customerSurvey"), survey(record.surveys.customer)],
    [t("agentSurvey"), survey(record.surveys.agent)],
  ];
  return <FactList facts={rows} />;
}

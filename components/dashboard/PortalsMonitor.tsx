import { getFormatter, getTranslations } from "next-intl/server";
import { ScrollRegion } from "@/components/shell/ScrollRegion";
import type { PortalRow } from "@/lib/dashboard/portals-monitor";
import { durationFormatter } from "./Duration";

/** Portale: open or closed now (and until when), what goes on, and today's figures. */
export async function PortalsMonitor({ rows, now }: { rows: PortalRow[]; now: Date }) {
  const t = await getTranslations("Dashboard.portals");
  const duration = await durationFormatter();
  const format = await getFormatter();
  if (rows.length === 0) return <p>{t("empty")}</p>;
  const n = (value: number) => format.number(value);
  const when = (at: Date) => format.dateTime(at, { weekday: "short", hour: "2-digit", minute: "2-digit" });
  return (
    <ScrollRegion label={t("caption")}>
      <table className="table">
        <caption className="sr-only">{t("caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("portal")}</th>
            <th scope="col">{t("now")}</th>
            <th scope="col">{t("waiting")}</th>
            <th scope="col">{t("inSession")}</th>
            <th scope="col">{t("available")}</th>
            <th scope="col">{t("submitted")}</th>
            <th scope="col">{t("accepted")}</th>
            <th scope="col">{t("declined")}</th>
            <th scope="col">{t("noAgentResponse")}</th>
            <th scope="col">{t("abandoned")}</th>
            <th scope="col">{t("averageWait")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.portalId}>
              <th scope="row">{row.name}</th>
              <td>
                {row.open ? t("open") : t("closed")}
                {row.nextChange ? ` (${t(row.open ? "until" : "from", { time: when(row.nextChange) })})` : null}
              </td>
              <td>{n(row.waiting)}</td>
              <td>{n(row.inSession)}</td>
              <td>{n(row.availableAgents)}</td>
              <td>{n(row.today.submitted)}</td>
              <td>{n(row.today.accepted)}</td>
              <td>{n(row.today.declined)}</td>
              <td>{n(row.today.noAgentResponse)}</td>
              <td>{n(row.today.abandoned)}</td>
              <td>{row.averageWaitMs === null ? "–" : duration(new Date(now.getTime() - row.averageWaitMs), now)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

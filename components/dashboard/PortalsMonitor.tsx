import { getFormatter, getTranslations } from "next-intl/server";
import { MonitorTable } from "./MonitorTable";
import type { PortalRow } from "@/lib/dashboard/portals-monitor";
import { durationFormatter } from "./Duration";

/** Portale: open or closed now (and until when), what goes on, and today's figures. */
export async function PortalsMonitor({ rows, now }: { rows: PortalRow[]; now: Date }) {
  const t = await getTranslations("Dashboard.portals");
  const duration = await durationFormatter();
  const format = await getFormatter();
  const n = (value: number) => format.number(value);
  const when = (at: Date) => format.dateTime(at, { weekday: "short", hour: "2-digit", minute: "2-digit" });
  return (
    <MonitorTable
      caption={t("caption")}
      columns={[
        t("portal"),
        t("now"),
        t("waiting"),
        t("inSession"),
        t("available"),
        t("submitted"),
        t("accepted"),
        t("declined"),
        t("noAgentResponse"),
        t("abandoned"),
        t("averageWait"),
      ]}
      empty={rows.length ? null : t("empty")}
    >
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
    </MonitorTable>
  );
}

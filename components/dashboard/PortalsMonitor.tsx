import type { PortalRow } from "@/lib/dashboard/portals-monitor";
import { durationFormatter } from "./Duration";
import { MonitorTable, type MonitorProps } from "./MonitorTable";

/** Portale: open or closed now (and until when), what goes on, and today's figures. */
export function PortalsMonitor({ rows, now, i18n }: MonitorProps<PortalRow>) {
  const { t, format } = i18n;
  const duration = durationFormatter(i18n);
  const n = (value: number) => format.number(value);
  const when = (at: Date) => format.dateTime(at, { weekday: "short", hour: "2-digit", minute: "2-digit" });
  return (
    <MonitorTable
      caption={t("portals.caption")}
      columns={[
        t("portals.portal"),
        t("portals.now"),
        t("portals.waiting"),
        t("portals.inSession"),
        t("portals.available"),
        t("portals.submitted"),
        t("portals.accepted"),
        t("portals.declined"),
        t("portals.noAgentResponse"),
        t("portals.abandoned"),
        t("portals.averageWait"),
      ]}
      empty={rows.length ? null : t("portals.empty")}
    >
      {rows.map((row) => (
        <tr key={row.portalId}>
          <th scope="row">{row.name}</th>
          <td>
            {row.open ? t("portals.open") : t("portals.closed")}
            {row.nextChange
              ? ` (${t(row.open ? "portals.until" : "portals.from", { time: when(row.nextChange) })})`
              : null}
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

import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { MonitorTable } from "./MonitorTable";
import type { AgentMonitorRow } from "@/lib/dashboard/agents-monitor";
import { durationFormatter } from "./Duration";

/** Mitarbeiter: each signed-in agent, their status and how long, today's sessions; Abmelden with the right. */
export async function AgentsMonitor({
  rows,
  maySignOut,
  now,
}: {
  rows: AgentMonitorRow[];
  maySignOut: boolean;
  now: Date;
}) {
  const t = await getTranslations("Dashboard.agents");
  const duration = await durationFormatter();
  const format = await getFormatter();
  return (
    <MonitorTable
      caption={t("caption")}
      columns={[
        t("name"),
        t("team"),
        t("status"),
        t("statusSince"),
        t("sessionsToday"),
        t("signedIn"),
        ...(maySignOut ? [t("actions")] : []),
      ]}
      empty={rows.length ? null : t("empty")}
    >
      {rows.map((row) => (
        <tr key={row.agentId}>
          <th scope="row">{row.name}</th>
          <td>{row.teamName ?? <em>{t("noTeam")}</em>}</td>
          <td>
            <span className={`status status-${row.status}`}>
              {t(`statuses.${row.status}`, { count: row.openSessions })}
            </span>
          </td>
          <td>{duration(row.statusSince, now)}</td>
          <td>{format.number(row.sessionsToday)}</td>
          <td>{format.dateTime(row.signedInAt, { timeStyle: "short" })}</td>
          {maySignOut ? (
            <td>
              <Link
                href={`/manager/dashboard/agents/${row.agentId}/sign-out`}
                aria-label={t("signOutLabel", { name: row.name })}
              >
                {t("signOut")}
              </Link>
            </td>
          ) : null}
        </tr>
      ))}
    </MonitorTable>
  );
}

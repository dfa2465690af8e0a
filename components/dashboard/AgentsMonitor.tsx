import type { AgentMonitorRow } from "@/lib/dashboard/agents-monitor";
import { durationFormatter } from "./Duration";
import { MonitorTable, type MonitorProps } from "./MonitorTable";

/** Mitarbeiter: each signed-in agent, their status and how long, today's sessions; Abmelden with the right. */
export function AgentsMonitor({
  rows,
  maySignOut,
  now,
  i18n,
}: MonitorProps<AgentMonitorRow> & { maySignOut: boolean }) {
  const { t, format } = i18n;
  const duration = durationFormatter(i18n);
  return (
    <MonitorTable
      caption={t("agents.caption")}
      columns={[
        t("agents.name"),
        t("agents.team"),
        t("agents.status"),
        t("agents.statusSince"),
        t("agents.sessionsToday"),
        t("agents.signedIn"),
        ...(maySignOut ? [t("agents.actions")] : []),
      ]}
      empty={rows.length ? null : t("agents.empty")}
    >
      {rows.map((row) => (
        <tr key={row.agentId}>
          <th scope="row">{row.name}</th>
          <td>{row.teamName ?? <em>{t("agents.noTeam")}</em>}</td>
          <td>
            <span className={`status status-${row.status}`}>
              {t(`agents.statuses.${row.status}`, { count: row.openSessions })}
            </span>
          </td>
          <td>{duration(row.statusSince, now)}</td>
          <td>{format.number(row.sessionsToday)}</td>
          <td>{format.dateTime(row.signedInAt, { timeStyle: "short" })}</td>
          {maySignOut ? (
            <td>
              <a
                href={`/manager/dashboard/agents/${row.agentId}/sign-out`}
                aria-label={t("agents.signOutLabel", { name: row.name })}
              >
                {t("agents.signOut")}
              </a>
            </td>
          ) : null}
        </tr>
      ))}
    </MonitorTable>
  );
}

import type { ManagerMonitorRow } from "@/lib/dashboard/managers-monitor";
import { MonitorTable, type MonitorProps } from "./MonitorTable";

/** Manager: who is signed in to the Management Center; Abmelden (asks first) for anyone but oneself. */
export function ManagersMonitor({
  rows,
  i18n: { t, format },
}: Omit<MonitorProps<ManagerMonitorRow & { self: boolean }>, "now">) {
  const time = (at: Date) => format.dateTime(at, { timeStyle: "short" });
  return (
    <MonitorTable
      caption={t("managers.caption")}
      columns={[
        t("managers.name"),
        t("managers.role"),
        t("managers.signedIn"),
        t("managers.lastSeen"),
        t("managers.viewing"),
        t("managers.actions"),
      ]}
      empty={rows.length ? null : t("managers.empty")}
    >
      {rows.map((row) => (
        <tr key={row.userId}>
          <th scope="row">
            {row.name}
            {row.self ? ` (${t("managers.you")})` : null}
          </th>
          <td>{t(`managers.roles.${row.role}`)}</td>
          <td>{time(row.signedInAt)}</td>
          <td>{time(row.lastSeenAt)}</td>
          <td>{row.viewing.length ? t("managers.viewingSessions", { numbers: row.viewing.join(", ") }) : "–"}</td>
          <td>
            {row.self ? null : (
              <a
                href={`/manager/dashboard/managers/${row.userId}/sign-out`}
                aria-label={t("managers.signOutLabel", { name: row.name })}
              >
                {t("managers.signOut")}
              </a>
            )}
          </td>
        </tr>
      ))}
    </MonitorTable>
  );
}

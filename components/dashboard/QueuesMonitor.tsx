import type { QueueRow } from "@/lib/dashboard/queues-monitor";
import { durationFormatter } from "./Duration";
import { MonitorTable, type MonitorProps } from "./MonitorTable";

/** Warteschlangen: per sub-portal what waits and who could take it; Anfrage abbrechen (asks first) with the right. */
export function QueuesMonitor({ rows, mayCancel, now, i18n }: MonitorProps<QueueRow> & { mayCancel: boolean }) {
  const { t, format } = i18n;
  const duration = durationFormatter(i18n);
  return (
    <MonitorTable
      caption={t("queues.caption")}
      columns={[
        t("queues.queue"),
        t("queues.waiting"),
        t("queues.oldest"),
        t("queues.offered"),
        t("queues.available"),
        t("queues.requests"),
      ]}
      empty={rows.length ? null : t("queues.empty")}
    >
      {rows.map((row) => (
        <tr key={row.subPortalId}>
          <th scope="row">
            {row.portalName} › {row.subPortalName}
          </th>
          <td>{format.number(row.waiting.length)}</td>
          <td>{row.oldestSince ? duration(row.oldestSince, now) : "–"}</td>
          <td>{format.number(row.offered)}</td>
          <td>{format.number(row.availableAgents)}</td>
          <td>
            {row.waiting.length ? (
              <ul className="queue-requests">
                {row.waiting.map((request) => {
                  const name = request.customerName || t("noName");
                  return (
                    <li key={request.requestId}>
                      {t("queues.waitingFor", { name, time: format.dateTime(request.since, { timeStyle: "short" }) })}
                      {mayCancel ? (
                        <>
                          {" "}
                          <a
                            href={`/manager/dashboard/requests/${request.requestId}/cancel`}
                            aria-label={t("queues.cancelLabel", { name })}
                          >
                            {t("queues.cancel")}
                          </a>
                        </>
                      ) : null}
                    </li>
                  );
                })}
              </ul>
            ) : (
              "–"
            )}
          </td>
        </tr>
      ))}
    </MonitorTable>
  );
}

import { getFormatter, getTranslations } from "next-intl/server";
import { cancelRequestAction } from "@/app/manager/(center)/dashboard/actions";
import { MonitorTable } from "./MonitorTable";
import type { QueueRow } from "@/lib/dashboard/queues-monitor";
import { durationFormatter } from "./Duration";

/** Warteschlangen: per sub-portal what waits and who could take it; Anfrage abbrechen with the right. */
export async function QueuesMonitor({ rows, mayCancel, now }: { rows: QueueRow[]; mayCancel: boolean; now: Date }) {
  const t = await getTranslations("Dashboard.queues");
  const duration = await durationFormatter();
  const noName = (await getTranslations("Dashboard"))("noName");
  const format = await getFormatter();
  return (
    <MonitorTable
      caption={t("caption")}
      columns={[t("queue"), t("waiting"), t("oldest"), t("offered"), t("available"), t("requests")]}
      empty={rows.length ? null : t("empty")}
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
                  const name = request.customerName || noName;
                  return (
                    <li key={request.requestId}>
                      {t("waitingFor", { name, time: format.dateTime(request.since, { timeStyle: "short" }) })}
                      {mayCancel ? (
                        <form action={cancelRequestAction} className="inline-form">
                          <input type="hidden" name="requestId" value={request.requestId} />
                          <button type="submit" className="link-button" aria-label={t("cancelLabel", { name })}>
                            {t("cancel")}
                          </button>
                        </form>
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

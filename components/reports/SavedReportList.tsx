import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { ScrollTable } from "@/components/shell/ScrollRegion";
import { describeSchedule } from "@/lib/reports/delivery/describe-schedule";
import type { ScheduleEntry } from "@/lib/reports/delivery/schedule-entry";
import type { SavedReportEntry } from "@/lib/reports/saved-reports";

type Action = (formData: FormData) => Promise<void>;

/**
 * "Meine Berichte" at the bottom of the Berichte page: each saved report with its type, Zeitraum,
 * E-Mail-Zustellung and the day it expires, and Generieren (a form: running it keeps it another 90
 * days), Bearbeiten, Pausieren or Fortsetzen of its delivery, and Löschen (asked first on its own page).
 */
export async function SavedReportList({
  reports,
  runAction,
  pauseAction,
  resumeAction,
}: {
  reports: SavedReportEntry[];
  runAction: Action;
  pauseAction: Action;
  resumeAction: Action;
}) {
  const t = await getTranslations("Reports");
  const format = await getFormatter();
  return (
    <div className="stack">
      <h2 id="my-reports" tabIndex={-1}>
        {t("myReports")}
      </h2>
      {reports.length === 0 ? (
        <p className="empty-state">{t("noSavedReports")}</p>
      ) : (
        <ScrollTable caption={t("myReports")}>
          <thead>
            <tr>
              <th scope="col">{t("fields.name")}</th>
              <th scope="col">{t("fields.type")}</th>
              <th scope="col">{t("fields.period")}</th>
              <th scope="col">{t("delivery.column")}</th>
              <th scope="col">{t("expires")}</th>
              <th scope="col">{t("actionsColumn")}</th>
            </tr>
          </thead>
          <tbody>
            {reports.map((report) => (
              <tr key={report.id}>
                <th scope="row">{report.name}</th>
                <td>{t(`types.${report.params.type}`)}</td>
                <td>
                  {report.params.period.kind === "custom"
                    ? `${report.params.period.startDate} – ${report.params.period.endDate}`
                    : t(`periods.${report.params.period.kind}`)}
                </td>
                <td>{report.schedule ? <ScheduleCell schedule={report.schedule} /> : t("delivery.none")}</td>
                <td>{format.dateTime(report.expiresAt, { dateStyle: "medium" })}</td>
                <td>
                  <div className="actions">
                    <form action={runAction}>
                      <input type="hidden" name="savedId" value={report.id} />
                      <SubmitButton variant="secondary" label={`${t("run")}: ${report.name}`}>
                        {t("run")}
                      </SubmitButton>
                    </form>
                    <Link href={`/manager/reports/saved/${report.id}/edit`} aria-label={`${t("edit")}: ${report.name}`}>
                      {t("edit")}
                    </Link>
                    {report.schedule ? (
                      <form action={report.schedule.paused ? resumeAction : pauseAction}>
                        <input type="hidden" name="savedId" value={report.id} />
                        <SubmitButton
                          variant="secondary"
                          label={`${t(report.schedule.paused ? "delivery.resume" : "delivery.pause")}: ${report.name}`}
                        >
                          {t(report.schedule.paused ? "delivery.resume" : "delivery.pause")}
                        </SubmitButton>
                      </form>
                    ) : null}
                    <Link
                      href={`/manager/reports/saved/${report.id}/delete`}
                      aria-label={`${t("delete")}: ${report.name}`}
                    >
                      {t("delete")}
                    </Link>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
    </div>
  );
}

/** How a series is sent, and where it stands: its next delivery, paused, or stopped by Lotse and why. */
async function ScheduleCell({ schedule }: { schedule: ScheduleEntry }) {
  const t = await getTranslations("Reports");
  const format = await getFormatter();
  const locale = await getLocale();
  return (
    <>
      {describeSchedule(t, schedule, locale)} · {t(`delivery.formats.${schedule.format}`)}
      <br />
      {schedule.stoppedReason
        ? t(`delivery.stopped.${schedule.stoppedReason}`)
        : schedule.paused
          ? t("delivery.paused")
          : t("delivery.next", { when: format.dateTime(schedule.nextAt, { dateStyle: "medium", timeStyle: "short" }) })}
    </>
  );
}

import { getFormatter, getTranslations } from "next-intl/server";
import type { FormState } from "@/lib/forms/form-state";
import { formatBytes } from "@/lib/i18n/format-bytes";
import { ScrollTable } from "@/components/shell/ScrollRegion";
import { reportFormat } from "@/lib/reports/report-format";
import type { SessionRecordingRow } from "@/lib/recordings/replay";
import { RecordingAccessForm } from "./RecordingAccessForm";

/**
 * The recordings of a past session (manual chapter 6): when each began, how long it ran and how
 * big it is, and the form that replays (or, for a viewer who may, exports) one. Only for viewers who
 * may replay: the others see no section.
 */
export async function SessionRecordings({
  number,
  recordings,
  mayExport,
  action,
}: {
  number: string;
  recordings: SessionRecordingRow[];
  mayExport: boolean;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
}) {
  const t = await getTranslations("SessionInformation.recordings");
  const tr = await getTranslations("Reports");
  const format = await getFormatter();
  const f = reportFormat(format, tr);
  const label = (index: number) => t("label", { n: index + 1 });
  return (
    <section id="recordings" aria-labelledby="recordings-heading" className="stack">
      <h2 id="recordings-heading">{t("heading")}</h2>
      {recordings.length === 0 ? (
        <p className="muted">{t("none")}</p>
      ) : (
        <>
          <ScrollTable caption={t("heading")}>
            <thead>
              <tr>
                <th scope="col">{t("recording")}</th>
                <th scope="col">{t("startedAt")}</th>
                <th scope="col">{t("duration")}</th>
                <th scope="col">{t("size")}</th>
                <th scope="col">{t("status")}</th>
              </tr>
            </thead>
            <tbody>
              {recordings.map((recording, index) => (
                <tr key={recording.id}>
                  <th scope="row">{label(index)}</th>
                  <td>
                    <time dateTime={recording.startedAt.toISOString()}>
                      {format.dateTime(recording.startedAt, { timeStyle: "medium" })}
                    </time>
                  </td>
                  <td className="number">{f.duration(recording.durationMs)}</td>
                  <td className="number">{formatBytes(format, recording.bytes)}</td>
                  <td>{t(`statuses.${recording.status}`)}</td>
                </tr>
              ))}
            </tbody>
          </ScrollTable>
          <RecordingAccessForm
            action={action}
            number={number}
            recordings={recordings.map((recording, index) => ({ id: recording.id, label: label(index) }))}
            needsPassphrase={recordings.some((recording) => recording.sealedWithPassphrase)}
            mayExport={mayExport}
          />
        </>
      )}
    </section>
  );
}

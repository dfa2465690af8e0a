import { getFormatter, getTranslations } from "next-intl/server";
import { formatBytes } from "@/lib/i18n/format-bytes";
import type { ViewedFile } from "@/lib/session-viewing/session-view";

/** The files offered in the session, both ways, each downloadable by the watching manager. */
export async function ViewedFiles({ files, fileUrl }: { files: ViewedFile[]; fileUrl: (id: string) => string }) {
  const t = await getTranslations("SessionView.files");
  const format = await getFormatter();
  return (
    <section aria-labelledby="files-heading" className="console-panel">
      <h2 id="files-heading">{t("heading")}</h2>
      {files.length === 0 ? (
        <p className="muted">{t("none")}</p>
      ) : (
        <ul className="viewed-files">
          {files.map((file) => (
            <li key={file.id}>
              <a href={fileUrl(file.id)}>{file.name}</a>{" "}
              <span className="muted">
                (
                {t("entry", {
                  size: formatBytes(format, file.size),
                  direction: t(file.direction),
                  time: format.dateTime(file.at, { timeStyle: "short" }),
                })}
                )
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

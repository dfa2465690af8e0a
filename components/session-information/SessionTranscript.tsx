import { getFormatter, getTranslations } from "next-intl/server";
import { formatBytes } from "@/lib/i18n/format-bytes";
import { lineText, type TranscriptLine } from "@/lib/session-information/transcript";

/**
 * A past session's chat transcript: who said what and when (date and time on the viewer's clock),
 * the files offered in it and what happened to the diagnostics — read once, not live.
 */
export async function SessionTranscript({
  lines,
  names,
  fileUrl,
}: {
  lines: TranscriptLine[];
  names: { agent: string; customer: string };
  /** Download address of a file, while it is kept. */
  fileUrl: (fileId: string) => string;
}) {
  const t = await getTranslations("AgentConsole.transcript");
  const ts = await getTranslations("SessionInformation");
  const format = await getFormatter();
  if (lines.length === 0) return <p className="muted">{ts("transcriptEmpty")}</p>;
  const who = (line: TranscriptLine) => (line.author === "system" ? t("system") : names[line.author]);
  const describe = (line: TranscriptLine) =>
    line.kind === "file" ? (
      <>
        {t("fileSent")}: <a href={fileUrl(line.file!.id)}>{line.file!.name}</a> ({formatBytes(format, line.file!.size)})
      </>
    ) : (
      lineText(line, (key) => t(key))
    );
  return (
    <ol className="transcript-static">
      {lines.map((line) => (
        <li key={line.id} className={`transcript-entry from-${line.author}`}>
          <span className="transcript-meta">
            {who(line)} ·{" "}
            <time dateTime={line.at.toISOString()}>
              {format.dateTime(line.at, { dateStyle: "medium", timeStyle: "medium" })}
            </time>
            {line.greeting ? ` · ${t("greeting")}` : null}
          </span>
          <span className="transcript-text">{describe(line)}</span>
        </li>
      ))}
    </ol>
  );
}

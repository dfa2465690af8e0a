import { getFormatter, getTranslations } from "next-intl/server";
import { clockDuration } from "@/lib/reports/report-format";
import { lineText, type TranscriptLine } from "@/lib/session-information/transcript";
import { ReplaySeek } from "./ReplaySeek";

/**
 * Wiedergabe: the recording in the browser's own player (seekable: the server answers range
 * requests), with the transcript of the same minutes beside it. Each line links to its moment in
 * the recording: without JavaScript the link loads the page with the video starting there (a media
 * fragment, `#t=`), with JavaScript it moves the player without a reload.
 */
export async function ReplayPlayer({
  label,
  src,
  startedAt,
  durationMs,
  lines,
  names,
  startAt,
  seekHref,
}: {
  label: string;
  src: string;
  startedAt: Date;
  durationMs: number;
  lines: TranscriptLine[];
  names: { agent: string; customer: string };
  /** Where the player starts, in seconds (from a line's link). */
  startAt: number;
  /** The page's address that starts the player at a second. */
  seekHref: (second: number) => string;
}) {
  const t = await getTranslations("SessionInformation.recordings");
  const tt = await getTranslations("AgentConsole.transcript");
  const format = await getFormatter();
  const from = startedAt.getTime();
  const during = lines
    .map((line) => ({ line, second: Math.floor((line.at.getTime() - from) / 1000) }))
    .filter(({ second }) => second >= 0 && second * 1000 <= durationMs);
  const who = (line: TranscriptLine) => (line.author === "system" ? tt("system") : names[line.author]);
  return (
    <section id="player" aria-labelledby="player-heading" className="stack">
      <h2 id="player-heading">{t("playerHeading", { label })}</h2>
      <div className="replay-layout">
        <video
          className="replay-video"
          controls
          preload="metadata"
          src={startAt > 0 ? `${src}#t=${startAt}` : src}
          aria-describedby="player-help"
        >
          <a href={src}>{t("videoFallback")}</a>
        </video>
        <div className="replay-transcript">
          <h3>{t("transcriptDuring")}</h3>
          {during.length === 0 ? (
            <p className="muted">{t("transcriptDuringEmpty")}</p>
          ) : (
            <ol className="transcript-static">
              {during.map(({ line, second }) => (
                <li key={line.id} className={`transcript-entry from-${line.author}`}>
                  <span className="transcript-meta">
                    <a
                      href={seekHref(second)}
                      data-seek={second}
                      aria-label={t("seekTo", { at: clockDuration(second * 1000) })}
                    >
                      {clockDuration(second * 1000)}
                    </a>{" "}
                    · {who(line)} ·{" "}
                    <time dateTime={line.at.toISOString()}>{format.dateTime(line.at, { timeStyle: "medium" })}</time>
                  </span>
                  <span className="transcript-text">
                    {line.kind === "file" ? `${tt("fileSent")}: ${line.file!.name}` : lineText(line, (key) => tt(key))}
                  </span>
                </li>
              ))}
            </ol>
          )}
        </div>
      </div>
      <p id="player-help" className="muted">
        {t("playerHelp")}
      </p>
      <ReplaySeek />
    </section>
  );
}

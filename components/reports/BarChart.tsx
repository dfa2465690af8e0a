import { useId } from "react";

export type Bar = { label: string; value: number };

const ROW = 28;
const LABEL_WIDTH = 220;
const BAR_AREA = 360;
const VALUE_WIDTH = 90;
const WIDTH = LABEL_WIDTH + BAR_AREA + VALUE_WIDTH;

/**
 * A report's figures as horizontal bars, drawn on the server as SVG: no chart library and no script,
 * readable in print (the bars are the text colour, and every value is written beside its bar). For
 * screen readers it is one image whose description says every value in words (`summary`); the
 * report's table beside it holds the same numbers with their links to the sessions behind them.
 */
export function BarChart({
  title,
  bars,
  formatValue,
  summary,
  empty,
}: {
  title: string;
  bars: Bar[];
  /** How a value is written (the viewer's number format, a duration, …). */
  formatValue: (value: number) => string;
  /** The text alternative, e.g. "Montag: 12; Dienstag: 7; …". */
  summary: string;
  /** Said instead of an empty chart. */
  empty: string;
}) {
  const id = useId();
  if (bars.length === 0) return <p>{empty}</p>;
  const max = Math.max(0, ...bars.map((bar) => bar.value));
  const height = bars.length * ROW;
  return (
    <figure className="bar-chart">
      <svg
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        viewBox={`0 0 ${WIDTH} ${height}`}
        width="100%"
        preserveAspectRatio="xMinYMin meet"
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{summary}</desc>
        {bars.map((bar, i) => {
          const y = i * ROW;
          const width = max > 0 ? Math.round((Math.max(0, bar.value) / max) * BAR_AREA) : 0;
          return (
            <g key={`${i}-${bar.label}`} data-value={bar.value}>
              <text x={LABEL_WIDTH - 8} y={y + ROW / 2} textAnchor="end" dominantBaseline="middle" fontSize="13">
                {bar.label}
              </text>
              <rect x={LABEL_WIDTH} y={y + 5} width={width} height={ROW - 10} fill="currentColor" />
              <text x={LABEL_WIDTH + width + 6} y={y + ROW / 2} dominantBaseline="middle" fontSize="13">
                {formatValue(bar.value)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>{title}</figcaption>
    </figure>
  );
}

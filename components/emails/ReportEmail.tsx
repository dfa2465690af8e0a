import { Link, Section, Text } from "@react-email/components";
import { EmailFacts } from "./EmailFacts";
import { EmailFrame } from "./EmailFrame";

/** A report as a table in the mail's body: texts already translated and numbers already formatted. */
export type ReportEmailTable = {
  caption: string;
  headers: string[];
  rows: string[][];
  /** Which columns hold numbers (aligned right). */
  numeric: boolean[];
  /** Said below the table when it shows only the first rows. */
  more: string | null;
};

/** A chart as bars of table cells: mail clients show tables where they block images and drop SVG. */
export type ReportEmailChart = { title: string; bars: { label: string; value: number; text: string }[] };

export type ReportEmailProps = {
  lang: string;
  heading: string;
  preview: string;
  /** Label and value: Zeitraum, filters, format. */
  facts: [string, string][];
  /** A sentence about the attachment, or why there is none. */
  message: string | null;
  chart: ReportEmailChart | null;
  table: ReportEmailTable | null;
  open: { href: string; label: string };
  footer: string;
  manage: { href: string; label: string };
};

const BAR_COLOUR = "#1d4e89";
const cell = { padding: "4px 8px", borderBottom: "1px solid #d9dce1", fontSize: "13px" } as const;

/** E-Mail-Zustellung: a saved report sent to its owner, the file attached or the report itself below. */
export function ReportEmail({
  lang,
  heading,
  preview,
  facts,
  message,
  chart,
  table,
  open,
  footer,
  manage,
}: ReportEmailProps) {
  return (
    <EmailFrame lang={lang} preview={preview} heading={heading} width={720}>
      <EmailFacts facts={facts} />
      {message ? <Text>{message}</Text> : null}
      {chart && chart.bars.length > 0 ? <BarTable chart={chart} /> : null}
      {table ? <ReportTable table={table} /> : null}
      <Text>
        <Link href={open.href}>{open.label}</Link>
      </Text>
      <Text style={{ color: "#555555" }}>
        {footer} <Link href={manage.href}>{manage.label}</Link>
      </Text>
    </EmailFrame>
  );
}

function BarTable({ chart }: { chart: ReportEmailChart }) {
  const max = Math.max(0, ...chart.bars.map((bar) => bar.value));
  return (
    <Section>
      <table role="presentation" width="100%" cellPadding={0} cellSpacing={0} style={{ borderCollapse: "collapse" }}>
        <caption style={{ textAlign: "left", fontWeight: 600, padding: "8px 0" }}>{chart.title}</caption>
        <tbody>
          {chart.bars.map((bar, i) => {
            const percent = max > 0 ? Math.max(1, Math.round((Math.max(0, bar.value) / max) * 100)) : 0;
            return (
              <tr key={`${i}-${bar.label}`}>
                <td style={{ ...cell, width: "35%", borderBottom: "none" }}>{bar.label}</td>
                <td style={{ ...cell, width: "50%", borderBottom: "none" }}>
                  {percent > 0 ? (
                    <table role="presentation" width={`${percent}%`} cellPadding={0} cellSpacing={0}>
                      <tbody>
                        <tr>
                          <td style={{ backgroundColor: BAR_COLOUR, height: "14px", fontSize: 0 }}>&nbsp;</td>
                        </tr>
                      </tbody>
                    </table>
                  ) : null}
                </td>
                <td style={{ ...cell, width: "15%", textAlign: "right", borderBottom: "none" }}>{bar.text}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </Section>
  );
}

function ReportTable({ table }: { table: ReportEmailTable }) {
  return (
    <Section>
      <table width="100%" cellPadding={0} cellSpacing={0} style={{ borderCollapse: "collapse" }}>
        <caption style={{ textAlign: "left", fontWeight: 600, padding: "8px 0" }}>{table.caption}</caption>
        <thead>
          <tr>
            {table.headers.map((header, i) => (
              <th
                key={`${i}-${header}`}
                scope="col"
                style={{ ...cell, textAlign: table.numeric[i] ? "right" : "left", borderBottom: "2px solid #999999" }}
              >
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, r) => (
            <tr key={r}>
              {row.map((value, i) => (
                <td key={i} style={{ ...cell, textAlign: table.numeric[i] ? "right" : "left" }}>
                  {value}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {table.more ? <Text>{table.more}</Text> : null}
    </Section>
  );
}

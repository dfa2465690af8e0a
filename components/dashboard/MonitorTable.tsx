import type { ReactNode } from "react";
import { ScrollTable } from "@/components/shell/ScrollRegion";
import type { MonitorI18n } from "@/lib/dashboard/monitor-i18n";

/** What MonitorBody hands a monitor: its rows, the moment they were read (for durations), the texts. */
export type MonitorProps<Row> = { rows: Row[]; now: Date; i18n: MonitorI18n };

/**
 * A monitor's table: in its own scroll region (named by the caption, which screen readers also hear
 * as the table's name) with a header row of `columns`; `empty` instead when there are no rows.
 */
export function MonitorTable({
  caption,
  columns,
  empty,
  children,
}: {
  caption: string;
  /** Column headings; a `{ hidden }` one is read by screen readers only (a column of links). */
  columns: (string | { hidden: string })[];
  /** Said instead of the table when there is nothing to show. */
  empty: string | null;
  children: ReactNode;
}) {
  if (empty !== null) return <p>{empty}</p>;
  return (
    <ScrollTable caption={caption}>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={typeof column === "string" ? column : column.hidden} scope="col">
              {typeof column === "string" ? column : <span className="sr-only">{column.hidden}</span>}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </ScrollTable>
  );
}

import type { ExportColumn } from "./export";

/** How an export writes numbers and instants, and what it shows where a row has none. */
export type CellFormat = {
  number: (value: number) => string;
  dateTime: (value: Date | number) => string;
  empty: string;
};

/** A row's value in a column as text, the same dispatch over column kinds for every text export. */
export function cellText<Row>(column: ExportColumn<Row>, row: Row, format: CellFormat): string {
  switch (column.kind) {
    case "text":
      return column.value(row) ?? "";
    case "number": {
      const value = column.value(row);
      return value === null ? format.empty : format.number(value);
    }
    case "dateTime": {
      const value = column.value(row);
      return value === null ? format.empty : format.dateTime(value);
    }
  }
}

import type { createFormatter } from "next-intl";

/**
 * A file size in the reader's language ("9,5 MB" on a German page, "9.5 MB" on an English one),
 * through the page's number formatter (next-intl's `format.number`, i.e. Intl) instead of by hand.
 * Decimal units, as file managers and the limits in the configuration use them.
 */
export function formatBytes(format: Pick<ReturnType<typeof createFormatter>, "number">, bytes: number): string {
  const [value, unit] =
    bytes >= 1e9
      ? [bytes / 1e9, "gigabyte"]
      : bytes >= 1e6
        ? [bytes / 1e6, "megabyte"]
        : bytes >= 1e3
          ? [bytes / 1e3, "kilobyte"]
          : [bytes, "byte"];
  return format.number(value, { style: "unit", unit, unitDisplay: "short", maximumFractionDigits: 1 });
}

/**
 * The download's Content-Disposition: "Lotse-Anmeldeaktivität.csv" as UTF-8 for browsers that read
 * RFC 6266's filename*, and an ASCII spelling ("Lotse-Anmeldeaktivitaet.csv") for those that do not.
 */
export function exportFileName(title: string, extension: "csv" | "xlsx" | "pdf"): string {
  const name = reportFileName(title, extension);
  const ascii = name
    .replace(/ä/g, "ae")
    .replace(/ö/g, "oe")
    .replace(/ü/g, "ue")
    .replace(/Ä/g, "Ae")
    .replace(/Ö/g, "Oe")
    .replace(/Ü/g, "Ue")
    .replace(/ß/g, "ss")
    .replace(/[^\x20-\x7e]|["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/** A report's file name: "Lotse-Anmeldeaktivität.csv". */
export const reportFileName = (title: string, extension: string) => `Lotse-${title.replace(/\s+/g, "-")}.${extension}`;

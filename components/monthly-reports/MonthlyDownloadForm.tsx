import { getTranslations } from "next-intl/server";

/**
 * "Download": a format and the button, a GET form to the month's file — so it needs no JavaScript,
 * and the browser saves the file and stays on the page.
 */
export async function MonthlyDownloadForm({
  action,
  formats,
  defaultFormat,
  id,
  label,
  buttonLabel,
}: {
  action: string;
  formats: readonly string[];
  defaultFormat: string;
  /** The select's id: unique on the page. */
  id: string;
  /** The select's accessible name, e.g. "Format für „Monat“, November 2026". */
  label: string;
  /** The button's accessible name, beginning with "Download". */
  buttonLabel?: string;
}) {
  const t = await getTranslations("MonthlyReports");
  return (
    <form method="get" action={action} className="download-form">
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <select id={id} name="format" defaultValue={defaultFormat} className="input">
        {formats.map((format) => (
          <option key={format} value={format}>
            {t(`formats.${format as "csv"}`)}
          </option>
        ))}
      </select>
      <button type="submit" className="button button-secondary" aria-label={buttonLabel}>
        {t("download")}
      </button>
    </form>
  );
}

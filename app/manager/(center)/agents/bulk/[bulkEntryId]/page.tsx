import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { HtmxScript } from "@/components/shell/HtmxScript";
import { getBulkEntry } from "@/lib/agents/bulk-entry";
import { bulkProblemCodeOr } from "@/lib/agents/bulk-problem-code";
import { requirePrincipal } from "@/lib/auth/require-principal";
import { orNotFound } from "@/lib/errors/or-not-found";

/**
 * Progress of a Masseneingabe. With JavaScript, htmx polls this same page and swaps in the progress
 * element; without it, the "Aktualisieren" link reloads the page.
 */
export default async function BulkEntryProgressPage({ params }: { params: Promise<{ bulkEntryId: string }> }) {
  const actor = await requirePrincipal("manager");
  const { bulkEntryId } = await params;
  const job = await orNotFound(getBulkEntry(actor, bulkEntryId));
  const t = await getTranslations("Bulk");
  const here = `/manager/agents/bulk/${job.id}`;
  const running = job.status === "running";
  return (
    <>
      <h1>{t("title")}</h1>
      <div
        id="bulk-entry-progress"
        {...(running
          ? { "hx-get": here, "hx-trigger": "every 1s", "hx-select": "#bulk-entry-progress", "hx-swap": "outerHTML" }
          : {})}
      >
        {running ? (
          <>
            <p role="status">{t("progress", { processed: job.processed, total: job.total })}</p>
            <progress max={job.total} value={job.processed} aria-label={t("progressLabel")} />
            <p>
              <Link href={here}>{t("refresh")}</Link>
            </p>
          </>
        ) : job.status === "done" ? (
          <p role="status" className="alert alert-info">
            {t("done", { count: job.created })} <Link href="/manager/agents">{t("toAgents")}</Link>
          </p>
        ) : (
          <p role="alert" className="alert alert-error">
            {t("failed", { reason: t(`problems.${bulkProblemCodeOr(job.error)}`, { value: "" }) })}{" "}
            <Link href="/manager/agents/bulk">{t("again")}</Link>
          </p>
        )}
      </div>
      {running ? <HtmxScript /> : null}
    </>
  );
}

export async function generateMetadata() {
  const t = await getTranslations("PageTitles");
  return { title: t("bulkResult") };
}

import { getTranslations } from "next-intl/server";
import { AuditEntries } from "@/components/audit/AuditEntries";
import { AuditFilterForm } from "@/components/audit/AuditFilterForm";
import type { AuditFromAddress } from "@/lib/audit/audit-from-address";
import { auditFilterQuery } from "@/lib/audit/audit-filter";
import { auditCursorParam } from "@/lib/audit/audit-log";
import { objectKey } from "@/lib/audit/audit-objects";

/** The Protokoll of the Management Center and of the Admin Center: the filter and a page of entries. */
export async function AuditLogPage({ path, answer }: { path: string; answer: AuditFromAddress }) {
  const t = await getTranslations("AuditLog");
  const { fields, after, found, state } = answer;
  const href = (changed: Record<string, string | undefined> = {}, extra: Record<string, string> = {}) => {
    const query = auditFilterQuery({ ...fields, ...changed }, extra);
    return query ? `${path}?${query}` : path;
  };
  const objectLabel =
    found && fields.objectType && fields.objectId
      ? (found.names.get(objectKey(fields.objectType, fields.objectId)) ?? fields.objectId)
      : null;
  const exportQuery = auditFilterQuery(fields);
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <section aria-labelledby="filter-heading" className="stack no-print">
        <h2 id="filter-heading">{t("filterLegend")}</h2>
        <AuditFilterForm
          action={path}
          values={fields}
          state={state}
          objectLabel={objectLabel}
          withoutObjectHref={href({ objectId: undefined })}
        />
      </section>
      {found ? (
        <>
          <AuditEntries
            rows={found.page.rows}
            count={found.page.count}
            names={found.names}
            actorHref={(actor) => href({ actor })}
            objectHref={(objectType, objectId) => href({ objectType, objectId })}
            nextHref={found.page.next ? href({}, { after: auditCursorParam(found.page.next) }) : null}
            firstHref={after ? href() : null}
          />
          {found.page.rows.length > 0 ? (
            <p className="no-print">
              <a href={`${path}/export${exportQuery ? `?${exportQuery}` : ""}`} download>
                {t("exportCsv")}
              </a>{" "}
              {t("exportHelp")}
            </p>
          ) : null}
        </>
      ) : null}
    </>
  );
}

import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { ScrollTable } from "@/components/shell/ScrollRegion";
import { AUDIT_OBJECT_TYPES, type AuditObjectType, isAuditAction } from "@/lib/audit/audit-catalog";
import { AUDIT_COUNT_LIMIT, type AuditEntryRow } from "@/lib/audit/audit-log";
import { objectKey, type ObjectNames } from "@/lib/audit/audit-objects";

/**
 * A page of the Protokoll: time (the viewer's clock, to the second), actor, the action in words,
 * the object (its name now; a link shows only its entries), IP address and browser, and what
 * changed. Newest first; "Ältere Einträge" continues after the last row.
 */
export async function AuditEntries({
  rows,
  count,
  names,
  actorHref,
  objectHref,
  nextHref,
  firstHref,
}: {
  rows: AuditEntryRow[];
  count: number;
  names: ObjectNames;
  actorHref: (actor: string) => string;
  objectHref: (type: string, id: string) => string;
  nextHref: string | null;
  firstHref: string | null;
}) {
  const t = await getTranslations("AuditLog");
  const format = await getFormatter();
  const caption = t("results");
  const actorName = (label: string) =>
    label === "anonymous"
      ? t("anonymous")
      : label.startsWith("system:")
        ? t("system", { label: label.slice("system:".length) })
        : label;
  const objectName = (row: AuditEntryRow) => {
    const type = knownType(row.targetType) ? t(`objects.${row.targetType}`) : row.targetType;
    if (!row.targetId) return type;
    const name = names.get(objectKey(row.targetType, row.targetId));
    if (name) return `${type} ${name}`;
    const remembered = typeof row.summary.name === "string" ? row.summary.name : null;
    return remembered ? `${type} ${remembered}` : t("gone", { type });
  };
  return (
    <section aria-labelledby="entries-heading" className="stack">
      <h2 id="entries-heading">{caption}</h2>
      <p role="status">
        {count > AUDIT_COUNT_LIMIT
          ? t("countMore", { limit: format.number(AUDIT_COUNT_LIMIT) })
          : t("count", { count })}
      </p>
      {rows.length > 0 ? (
        <ScrollTable caption={caption} className="table audit-table">
          <thead>
            <tr>
              <th scope="col">{t("time")}</th>
              <th scope="col">{t("actorColumn")}</th>
              <th scope="col">{t("action")}</th>
              <th scope="col">{t("object")}</th>
              <th scope="col">{t("ip")}</th>
              <th scope="col">{t("userAgent")}</th>
              <th scope="col">{t("details")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const object = objectName(row);
              const details = Object.entries(row.summary);
              return (
                <tr key={row.id}>
                  <td className="nowrap">
                    <time dateTime={row.at.toISOString()}>
                      {format.dateTime(row.at, { dateStyle: "medium", timeStyle: "medium" })}
                    </time>
                  </td>
                  <td>
                    {row.actorLabel === "anonymous" || row.actorLabel.startsWith("system:") ? (
                      actorName(row.actorLabel)
                    ) : (
                      <Link href={actorHref(row.actorLabel)}>{row.actorLabel}</Link>
                    )}
                  </td>
                  <th scope="row">{isAuditAction(row.action) ? t(`actions.${row.action}`) : row.action}</th>
                  <td>
                    {row.targetId && knownType(row.targetType) ? (
                      <Link
                        href={objectHref(row.targetType, row.targetId)}
                        aria-label={t("filterByObject", { object })}
                      >
                        {object}
                      </Link>
                    ) : (
                      object
                    )}
                  </td>
                  <td>{row.ip ?? "–"}</td>
                  <td className="audit-agent">{row.userAgent ?? "–"}</td>
                  <td>
                    {details.length > 0 ? (
                      <details>
                        <summary>{t("details")}</summary>
                        <dl className="audit-details">
                          {details.map(([name, value]) => (
                            <div key={name}>
                              <dt>{name}</dt>
                              <dd>{typeof value === "string" ? value : JSON.stringify(value)}</dd>
                            </div>
                          ))}
                        </dl>
                      </details>
                    ) : (
                      "–"
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </ScrollTable>
      ) : null}
      {nextHref || firstHref ? (
        <p className="actions">
          {firstHref ? <Link href={firstHref}>{t("newest")}</Link> : null}
          {nextHref ? <Link href={nextHref}>{t("older")}</Link> : null}
        </p>
      ) : null}
    </section>
  );
}

function knownType(type: string): type is AuditObjectType {
  return (AUDIT_OBJECT_TYPES as readonly string[]).includes(type);
}

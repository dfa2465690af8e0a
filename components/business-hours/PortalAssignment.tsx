import { useTranslations } from "next-intl";
import type { PortalRef } from "@/lib/business-hours/access";
import type { FormValues } from "@/lib/business-hours/form-values";
import { AssignedPortals } from "./AssignedPortals";
import { GroupError } from "./InlineField";
import type { ErrorKey } from "@/lib/errors/error-key";

/**
 * Which portals a set applies to: checkboxes for company managers, a read-only list for team
 * managers (a form without the `assignPortals` marker leaves the assignment as it is).
 */
export function PortalAssignment({
  editable,
  options,
  assigned,
  values,
  error,
}: {
  editable: boolean;
  /** Every non-deleted portal (company managers). */
  options: PortalRef[];
  /** The current assignment as the viewer may see it (read-only view). */
  assigned: { portals: PortalRef[]; otherPortalCount: number };
  values: FormValues;
  error?: ErrorKey;
}) {
  const t = useTranslations("BusinessHours");
  if (!editable) {
    return (
      <section aria-labelledby="portals-heading" className="stack">
        <h2 id="portals-heading">{t("portals")}</h2>
        <AssignedPortals portals={assigned.portals} otherPortalCount={assigned.otherPortalCount} />
        <p className="field-help">{t("portalsReadOnly")}</p>
      </section>
    );
  }
  const errorId = "field-portalIds-error";
  return (
    <fieldset className="stack">
      <legend>{t("portals")}</legend>
      <input type="hidden" name="assignPortals" value="1" />
      <p id="portals-help" className="field-help">
        {t("portalsHelp")}
      </p>
      {options.length === 0 ? <p>{t("noPortalsExist")}</p> : null}
      <div className="checkbox-grid">
        {options.map((portal) => (
          <div key={portal.id} className="checkbox">
            <input
              type="checkbox"
              id={`portal-${portal.id}`}
              name={`portal.${portal.id}`}
              defaultChecked={values[`portal.${portal.id}`] === "on"}
              aria-describedby={error ? `portals-help ${errorId}` : "portals-help"}
            />
            <label htmlFor={`portal-${portal.id}`}>{portal.name}</label>
          </div>
        ))}
      </div>
      <GroupError id={errorId} error={error} />
    </fieldset>
  );
}

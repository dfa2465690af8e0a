"use client";
import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { useFormAction } from "@/components/forms/use-form-action";
import { ChangeableFields } from "@/components/forms/ChangeableFields";
import { type FormState, initialFormState } from "@/lib/forms/form-state";
import type { PortalChoice } from "@/lib/portals/team-portals";

/** Teams → [team] → Portal: a checkbox per sub-portal, grouped by portal, then "Einstellungen speichern". */
export function TeamPortalsForm({
  action,
  teamId,
  portals,
  mayChange,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  teamId: string;
  portals: PortalChoice[];
  mayChange: boolean;
}) {
  const t = useTranslations("Portals");
  const [state, formAction] = useFormAction(action, initialFormState);
  const firstSubPortal = portals.flatMap((portal) => portal.subPortals)[0];
  return (
    <form action={formAction} className="stack" noValidate>
      <ErrorSummary state={state} targets={{ subPortals: firstSubPortal ? `sub-${firstSubPortal.id}` : null }} />
      <input type="hidden" name="teamId" value={teamId} />
      <ChangeableFields mayChange={mayChange} submitLabel={t("save")}>
        {portals.map((portal) => (
          <fieldset key={portal.id}>
            <legend>{portal.name}</legend>
            <div className="checkbox-grid">
              {portal.subPortals.map((sub) => (
                <div className="checkbox" key={sub.id}>
                  <input
                    type="checkbox"
                    id={`sub-${sub.id}`}
                    name="subPortalIds"
                    value={sub.id}
                    defaultChecked={sub.assigned}
                  />
                  <label htmlFor={`sub-${sub.id}`}>{sub.name}</label>
                </div>
              ))}
            </div>
          </fieldset>
        ))}
      </ChangeableFields>
    </form>
  );
}

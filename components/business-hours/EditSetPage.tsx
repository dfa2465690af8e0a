import type { ComponentType } from "react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/shell/Notice";
import type { PortalRef } from "@/lib/business-hours/access";
import type { SetKind } from "@/lib/business-hours/assign-portals";
import type { FormValues } from "@/lib/business-hours/form-values";
import { setPath } from "@/lib/business-hours/set-paths";
import { currentTimeZoneName, timeZoneChoices } from "@/lib/i18n/time-zones";
import type { SetFormProps } from "./SetFormFrame";
import { DangerZone } from "@/components/shell/DangerZone";

type EditableSet = {
  id: string;
  name: string;
  timeZone: string;
  portals: PortalRef[];
  otherPortalCount: number;
  mayDelete: boolean;
  mayAssignPortals: boolean;
};

/** A set's own page: company managers edit everything, team managers with the right all but the portals. */
export async function EditSetPage<S extends EditableSet>({
  kind,
  set,
  formValues,
  portalOptions,
  Form,
  action,
}: {
  kind: SetKind;
  set: S;
  formValues: (set: S & { portalIds: string[] }) => FormValues;
  /** The portals the manager may assign (empty when they may not assign portals). */
  portalOptions: SetFormProps["portalOptions"];
  Form: ComponentType<SetFormProps>;
  action: SetFormProps["action"];
}) {
  const t = await getTranslations("BusinessHours");
  return (
    <>
      <h1>{set.name}</h1>
      <Notice />
      <p>
        <Link href="/manager/business-hours">{t("backToList")}</Link>
      </p>
      <Form
        action={action}
        setId={set.id}
        defaults={formValues({
          ...set,
          timeZone: currentTimeZoneName(set.timeZone),
          portalIds: set.portals.map((p) => p.id),
        })}
        timeZones={timeZoneChoices()}
        mayAssignPortals={set.mayAssignPortals}
        portalOptions={portalOptions}
        assigned={set}
        submitLabel={t("save")}
      />
      {set.mayDelete ? <DangerZone deleteHref={`${setPath(kind, set.id)}/delete`} deleteLabel={t("delete")} /> : null}
    </>
  );
}

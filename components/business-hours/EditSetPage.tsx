import type { ComponentType } from "react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/shell/Notice";
import type { Principal } from "@/lib/auth/principal";
import { requirePrincipal } from "@/lib/auth/require-principal";
import type { PortalRef } from "@/lib/business-hours/access";
import { assignablePortals, type SetKind } from "@/lib/business-hours/assign-portals";
import type { FormValues } from "@/lib/business-hours/form-values";
import { setPath } from "@/lib/business-hours/set-paths";
import { orNotFound } from "@/lib/errors/or-not-found";
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

export type SetPageProps = { params: Promise<{ id: string }> };

/** A set's own page: company managers edit everything, team managers with the right all but the portals. */
export async function EditSetPage<S extends EditableSet>({
  kind,
  params,
  getSet,
  formValues,
  Form,
  action,
}: SetPageProps & {
  kind: SetKind;
  getSet: (actor: Principal, id: string) => Promise<S>;
  formValues: (set: S & { portalIds: string[] }) => FormValues;
  Form: ComponentType<SetFormProps>;
  action: SetFormProps["action"];
}) {
  const actor = await requirePrincipal("manager");
  const { id } = await params;
  const set = await orNotFound(getSet(actor, id));
  const portals = set.mayAssignPortals ? await assignablePortals(actor) : [];
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
        portalOptions={portals}
        assigned={set}
        submitLabel={t("save")}
      />
      {set.mayDelete ? (
        <DangerZone>
          <Link href={`${setPath(kind, set.id)}/delete`} className="button button-danger">
            {t("delete")}
          </Link>
        </DangerZone>
      ) : null}
    </>
  );
}

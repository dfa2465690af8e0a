import type { ComponentType } from "react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePrincipal } from "@/lib/auth/require-principal";
import { assignablePortals } from "@/lib/business-hours/assign-portals";
import type { FormValues } from "@/lib/business-hours/form-values";
import { orNotFound } from "@/lib/errors/or-not-found";
import { firstParam, type SearchParams } from "@/lib/forms/page-props";
import { timeZoneChoices } from "@/lib/i18n/time-zones";
import type { SetFormProps } from "./SetFormFrame";

/** The fields a new set of either kind starts with. */
export type NewSetBasics = {
  name: string;
  timeZone: string;
  closedMessageDe: string;
  closedMessageEn: string;
  portalIds: string[];
};

/** Adding a set (company managers); ?portal=<id> preselects that portal. */
export async function NewSetPage({
  searchParams,
  titleKey,
  defaults,
  Form,
  action,
}: {
  searchParams: SearchParams;
  /** Message key (namespace "BusinessHours") of the heading and the submit button. */
  titleKey: "addHoursSet" | "addHolidaySet";
  defaults: (basics: NewSetBasics) => FormValues;
  Form: ComponentType<SetFormProps>;
  action: SetFormProps["action"];
}) {
  const actor = await requirePrincipal("manager");
  const portals = await orNotFound(assignablePortals(actor));
  const portalId = firstParam((await searchParams).portal);
  const preselected = portals.filter((p) => p.id === portalId).map((p) => p.id);
  const t = await getTranslations("BusinessHours");
  return (
    <>
      <h1>{t(titleKey)}</h1>
      <p>
        <Link href="/manager/business-hours">{t("backToList")}</Link>
      </p>
      <Form
        action={action}
        defaults={defaults({
          name: "",
          timeZone: actor.timeZone,
          closedMessageDe: "",
          closedMessageEn: "",
          portalIds: preselected,
        })}
        timeZones={timeZoneChoices()}
        mayAssignPortals
        portalOptions={portals}
        assigned={{ portals: [], otherPortalCount: 0 }}
        submitLabel={t(titleKey)}
      />
    </>
  );
}

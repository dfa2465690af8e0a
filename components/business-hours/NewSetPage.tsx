import type { ComponentType } from "react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { FormValues } from "@/lib/business-hours/form-values";
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

/** Adding a set (company managers), with the portals given in `preselected` already ticked. */
export async function NewSetPage({
  titleKey,
  timeZone,
  portalOptions,
  preselected,
  defaults,
  Form,
  action,
}: {
  /** Message key (namespace "BusinessHours") of the heading and the submit button. */
  titleKey: "addHoursSet" | "addHolidaySet";
  /** The manager's own time zone: a new set starts in it. */
  timeZone: string;
  portalOptions: SetFormProps["portalOptions"];
  preselected: string[];
  defaults: (basics: NewSetBasics) => FormValues;
  Form: ComponentType<SetFormProps>;
  action: SetFormProps["action"];
}) {
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
          timeZone,
          closedMessageDe: "",
          closedMessageEn: "",
          portalIds: preselected,
        })}
        timeZones={timeZoneChoices()}
        mayAssignPortals
        portalOptions={portalOptions}
        assigned={{ portals: [], otherPortalCount: 0 }}
        submitLabel={t(titleKey)}
      />
    </>
  );
}

import { getTranslations } from "next-intl/server";
import type { PortalRef } from "@/lib/business-hours/access";
import type { SetKind } from "@/lib/business-hours/assign-portals";
import { setPath } from "@/lib/business-hours/set-paths";
import { DeleteSetConfirmation } from "./DeleteSetConfirmation";

/** The confirmation before a set is deleted, a page of its own so it works without JavaScript. */
export async function DeleteSetPage({
  kind,
  set,
  titleKey,
  action,
}: {
  kind: SetKind;
  /** A set the manager may delete (the route answers "not found" otherwise). */
  set: { id: string; name: string; portals: PortalRef[]; otherPortalCount: number };
  /** Message key (namespace "BusinessHours") of the heading. */
  titleKey: "deleteHoursSet" | "deleteHolidaySet";
  action: (formData: FormData) => Promise<void>;
}) {
  const t = await getTranslations("BusinessHours");
  return (
    <DeleteSetConfirmation
      title={t(titleKey)}
      action={action}
      setId={set.id}
      name={set.name}
      portalCount={set.portals.length + set.otherPortalCount}
      cancelHref={setPath(kind, set.id)}
    />
  );
}

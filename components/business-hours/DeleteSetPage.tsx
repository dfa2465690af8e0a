import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { Principal } from "@/lib/auth/principal";
import { requirePrincipal } from "@/lib/auth/require-principal";
import type { PortalRef } from "@/lib/business-hours/access";
import type { SetKind } from "@/lib/business-hours/assign-portals";
import { setPath } from "@/lib/business-hours/set-paths";
import { orNotFound } from "@/lib/errors/or-not-found";
import { DeleteSetConfirmation } from "./DeleteSetConfirmation";

type DeletableSet = {
  id: string;
  name: string;
  portals: PortalRef[];
  otherPortalCount: number;
  mayDelete: boolean;
};

/** The confirmation before a set is deleted, a page of its own so it works without JavaScript. */
export async function DeleteSetPage({
  kind,
  params,
  titleKey,
  getSet,
  action,
}: {
  kind: SetKind;
  params: Promise<{ id: string }>;
  /** Message key (namespace "BusinessHours") of the heading. */
  titleKey: "deleteHoursSet" | "deleteHolidaySet";
  getSet: (actor: Principal, id: string) => Promise<DeletableSet>;
  action: (formData: FormData) => Promise<void>;
}) {
  const actor = await requirePrincipal("manager");
  const { id } = await params;
  const set = await orNotFound(getSet(actor, id));
  if (!set.mayDelete) notFound();
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

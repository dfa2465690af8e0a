import "server-only";
import { inTransaction } from "@/lib/db/transaction";
import { writeAudit } from "@/lib/audit/write-audit";
import type { Principal } from "@/lib/auth/principal";
import { ValidationError } from "@/lib/errors/domain-errors";
import { isPortalFeatureAvailable, keepUnavailable } from "@/lib/features/availability";
import { findLivePortal } from "./get-portal";
import { requirePortalEditor } from "./portal-access";
import { type FieldConfig, fieldConfigsOfEveryType } from "./portal-fields";
import { PORTAL_FEATURES, portalFeaturesOf } from "./portal-features";
import { type PortalSettingsInput, portalSettingsSchema } from "./portal-input";
import { parseOrThrow } from "./parse-input";
import { assertPortalSlugFree } from "./slug-conflicts";
import { supportsQueueMode } from "./portal-types";

/** "Portaleinstellungen" → "Einstellungen speichern". */
export async function updatePortalSettings(actor: Principal, id: string, input: PortalSettingsInput) {
  const { localRecordingAllowed } = await requirePortalEditor(actor);
  const before = await findLivePortal(id);
  const v = parseOrThrow(portalSettingsSchema, input);
  const storedFeatures = portalFeaturesOf(before.features);
  // A feature that is not available yet keeps its stored value, whatever the form says.
  const submittedFeatures = keepUnavailable(PORTAL_FEATURES, isPortalFeatureAvailable, v.features, storedFeatures);
  // Recording can only be switched on where the Admin Center allows it (resolveFeature keeps it off
  // while the grant is withdrawn, so an existing "on" may stay and saving other settings still works).
  if (submittedFeatures.sessionRecording && !storedFeatures.sessionRecording && !localRecordingAllowed)
    throw new ValidationError({ "features.sessionRecording": "recordingNotAllowed" });

  // Keep what is stored for fields of other types, so switching the type back loses nothing.
  const stored: Record<string, FieldConfig> = { ...fieldConfigsOfEveryType(before.fields) };
  for (const [field, f] of Object.entries(v.fields)) {
    stored[field] = {
      shown: f.shown,
      required: f.shown && f.required,
      label: { de: f.labelDe, en: f.labelEn },
      help: { de: f.helpDe, en: f.helpEn },
    };
  }
  const fields = JSON.stringify(stored);
  const features = JSON.stringify({ ...storedFeatures, ...submittedFeatures });
  const data = {
    name: v.name,
    slug: v.slug,
    type: v.type,
    queueMode: supportsQueueMode(v.type) && v.queueMode,
    welcomeDe: v.welcomeDe,
    welcomeEn: v.welcomeEn,
    completedSessionEmail: v.completedSessionEmail,
    fields,
    features,
  };
  await inTransaction(async (tx) => {
    if (v.slug !== before.slug) await assertPortalSlugFree(tx, v.slug, id);
    await tx.portal.update({ where: { id }, data });
    const changes = Object.fromEntries(
      Object.entries(data).filter(([key, value]) => (before as Record<string, unknown>)[key] !== value),
    );
    await writeAudit(tx, { actor, action: "portal.updated", targetType: "portal", targetId: id, summary: changes });
  });
}

import type { PortalDirectoryEntry } from "@/lib/portals/portal-directory";
import type { PortalRepresentation } from "./portal-schemas";

export function portalRepresentation(entry: PortalDirectoryEntry): PortalRepresentation {
  return {
    id: entry.id,
    name: entry.name,
    slug: entry.slug,
    type: entry.type,
    queueMode: entry.queueMode,
    open: entry.opening.open,
    closedReason: entry.opening.open ? null : entry.opening.reason,
    subPortals: entry.subPortals,
  };
}

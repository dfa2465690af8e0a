import "server-only";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors/domain-errors";
import type { Locale } from "@/lib/i18n/locales";
import { type FieldConfig, fieldConfigsOf, type LocalizedText } from "./portal-fields";
import { type CustomerField, FIELDS_OF_TYPE, isPortalType, type PortalType } from "./portal-types";

/** An agent as a customer may see them: an opaque id and the screen name, nothing else. */
export type PublicAgent = { id: string; screenName: string; available: boolean };

export type PublicField = { field: CustomerField } & FieldConfig;

/** What a customer may know about a portal page: no logins, e-mail addresses or settings. */
export type PublicPortal = {
  id: string;
  slug: string;
  name: string;
  type: PortalType;
  welcome: LocalizedText;
  /** The fields the page shows, in the type's order. */
  fields: PublicField[];
  subPortal: { id: string; slug: string; name: string };
  /** Agent selection only (empty otherwise): agents whose team serves this sub-portal. */
  agents: PublicAgent[];
};

/**
 * The portal behind `/p/<portalSlug>[/<subPortalSlug>]`; without a sub-portal slug, the portal's
 * first sub-portal by creation order. Deleted or unknown portals and sub-portals are not found.
 * No actor: this is what anyone on the internet may see.
 */
export async function findPublicPortal(portalSlug: string, subPortalSlug?: string): Promise<PublicPortal> {
  const portal = await db.portal.findFirst({
    where: { slug: portalSlug, deletedAt: null },
    select: {
      id: true,
      slug: true,
      name: true,
      type: true,
      fields: true,
      welcomeDe: true,
      welcomeEn: true,
      subPortals: {
        where: { deletedAt: null, ...(subPortalSlug === undefined ? {} : { slug: subPortalSlug }) },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        take: 1,
        select: { id: true, slug: true, name: true },
      },
    },
  });
  const subPortal = portal?.subPortals[0];
  if (!portal?.slug || !subPortal?.slug || !isPortalType(portal.type)) throw new NotFoundError("portal");
  const configs = fieldConfigsOf(portal.type, portal.fields);
  return {
    id: portal.id,
    slug: portal.slug,
    name: portal.name,
    type: portal.type,
    welcome: { de: portal.welcomeDe, en: portal.welcomeEn },
    fields: FIELDS_OF_TYPE[portal.type].filter((f) => configs[f].shown).map((f) => ({ field: f, ...configs[f] })),
    subPortal: { id: subPortal.id, slug: subPortal.slug, name: subPortal.name },
    agents: portal.type === "agentSelection" ? await agentsServing(subPortal.id) : [],
  };
}

/**
 * Agents whose team serves the sub-portal and whose login is not disabled, by screen name, each
 * with whether a customer can choose them now: signed in to the console and "Verfügbar". A request
 * for anyone else would only wait until it times out.
 */
async function agentsServing(subPortalId: string): Promise<PublicAgent[]> {
  const agents = await db.agentProfile.findMany({
    where: { user: { disabled: false }, team: { subPortals: { some: { subPortalId } } } },
    select: { userId: true, screenName: true },
    orderBy: [{ screenName: "asc" }, { userId: "asc" }],
  });
  const present = await db.agentPresence.findMany({
    where: { agentId: { in: agents.map((a) => a.userId) }, status: "available" },
    select: { agentId: true },
  });
  const available = new Set(present.map((p) => p.agentId));
  return agents.map((a) => ({ id: a.userId, screenName: a.screenName, available: available.has(a.userId) }));
}

/** A text in the customer's language, else in the other one (e.g. the welcome text). */
export function inLanguage(text: LocalizedText, locale: Locale): string {
  const other: Locale = locale === "de" ? "en" : "de";
  return text[locale].trim() ? text[locale] : text[other];
}

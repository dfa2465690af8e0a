import type { Principal, Realm } from "@/lib/auth/principal";

export type NavItem = { href: string; labelKey: string };

type NavDefinition = NavItem & { visible?: (principal: Principal) => boolean };

// Only pages that work are listed; later areas add their entry here with a visibility rule
// (e.g. "Manager" only for company managers).
const managesOrganisation = (p: Principal) =>
  p.kind === "manager" && (p.managerRole === "company" || p.managerRole === "team");

const managementCenter: NavDefinition[] = [
  { href: "/manager/home", labelKey: "home" },
  { href: "/manager/managers", labelKey: "managers", visible: (p) => p.kind === "manager" && p.managerRole === "company" },
  { href: "/manager/teams", labelKey: "teams", visible: managesOrganisation },
  { href: "/manager/agents", labelKey: "agents", visible: managesOrganisation },
  { href: "/manager/settings", labelKey: "mySettings" },
];

const adminCenter: NavDefinition[] = [
  { href: "/admin/overview", labelKey: "adminCenter" },
  { href: "/admin/settings", labelKey: "mySettings" },
];

export function navItemsFor(realm: Realm, principal: Principal): NavItem[] {
  const items = realm === "admin" ? adminCenter : managementCenter;
  return items.filter((item) => item.visible?.(principal) ?? true).map(({ href, labelKey }) => ({ href, labelKey }));
}

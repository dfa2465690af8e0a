import type { TeamManagerRight } from "@/lib/access/rights";
import type { Principal, Realm } from "@/lib/auth/principal";

export type NavItem = { href: string; labelKey: string };

type NavDefinition = NavItem & { visible?: (principal: Principal, rights: ReadonlySet<TeamManagerRight>) => boolean };

// Only pages that work are listed; later areas add their entry here with a visibility rule
// (e.g. "Manager" only for company managers).
const managesOrganisation = (p: Principal) =>
  p.kind === "manager" && (p.managerRole === "company" || p.managerRole === "team");

const isCompanyManager = (p: Principal) => p.kind === "manager" && p.managerRole === "company";

const managementCenter: NavDefinition[] = [
  { href: "/manager/home", labelKey: "home" },
  { href: "/manager/dashboard", labelKey: "dashboard", visible: managesOrganisation },
  { href: "/manager/managers", labelKey: "managers", visible: isCompanyManager },
  { href: "/manager/teams", labelKey: "teams", visible: managesOrganisation },
  { href: "/manager/agents", labelKey: "agents", visible: managesOrganisation },
  { href: "/manager/portals", labelKey: "portals", visible: isCompanyManager },
  {
    href: "/manager/business-hours",
    labelKey: "businessHours",
    visible: (p, rights) => managesOrganisation(p) && rights.has("manageBusinessHours"),
  },
  { href: "/manager/settings", labelKey: "mySettings" },
];

const adminCenter: NavDefinition[] = [
  { href: "/admin/overview", labelKey: "adminCenter" },
  { href: "/admin/mail", labelKey: "mail" },
  { href: "/admin/settings", labelKey: "mySettings" },
];

/** `rights`: the principal's team-level rights (company managers hold all), see `rightsOf`. */
export function navItemsFor(realm: Realm, principal: Principal, rights: ReadonlySet<TeamManagerRight>): NavItem[] {
  const items = realm === "admin" ? adminCenter : managementCenter;
  return items
    .filter((item) => item.visible?.(principal, rights) ?? true)
    .map(({ href, labelKey }) => ({ href, labelKey }));
}

import type { TeamManagerRight } from "@/lib/access/rights";
import { isCompanyManager, type Principal, type Realm } from "@/lib/auth/principal";
import type { Messages } from "@/lib/i18n/app-config";

/** An entry of the navigation; `children` are the pages within its section, listed under it. */
export type NavItem = { href: string; labelKey: NavLabelKey; children?: NavItem[] };

/** A key of the "Nav" namespace. */
export type NavLabelKey = keyof Messages["Nav"];

/**
 * What the navigation needs to know beyond the principal: their team-level rights, and whether they
 * have reports and Sitzungsinformationen (an agent through their functions).
 */
export type NavAccess = { rights: ReadonlySet<TeamManagerRight>; reports: boolean; sessionInformation: boolean };

type NavDefinition = {
  href: string;
  labelKey: NavLabelKey;
  visible?: (principal: Principal, access: NavAccess) => boolean;
  children?: NavDefinition[];
};

// Only pages that work are listed; later areas add their entry here with a visibility rule
// (e.g. "Manager" only for company managers).
const managesOrganisation = (p: Principal) =>
  p.kind === "manager" && (p.managerRole === "company" || p.managerRole === "team");

const isApiManager = (p: Principal) => p.kind === "manager" && p.managerRole === "api";

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
    visible: (p, { rights }) => managesOrganisation(p) && rights.has("manageBusinessHours"),
  },
  // Managers, and agents whose function "Berichte" is on (their own sessions).
  {
    href: "/manager/reports",
    labelKey: "reports",
    visible: (_p, { reports }) => reports,
    children: [
      // Company managers, and team managers with the right "Monatliche Berichte".
      {
        href: "/manager/reports/monthly",
        labelKey: "monthlyReports",
        visible: (p, { rights }) => managesOrganisation(p) && rights.has("monthlyReports"),
      },
    ],
  },
  // Managers, and agents whose function "Sitzungswiedergabe" is on (their own sessions).
  {
    href: "/manager/session-information",
    labelKey: "sessionInformation",
    visible: (_p, { sessionInformation }) => sessionInformation,
  },
  // Company managers, and team managers with the right "Protokoll einsehen" (their teams' entries).
  {
    href: "/manager/audit-log",
    labelKey: "auditLog",
    visible: (p, { rights }) => managesOrganisation(p) && rights.has("viewAuditLog"),
  },
  // API managers: their API tokens, and the API's reference under it (decision record 28).
  {
    href: "/manager/api",
    labelKey: "api",
    visible: isApiManager,
    children: [{ href: "/manager/api/reference", labelKey: "apiReference" }],
  },
  { href: "/manager/settings", labelKey: "mySettings" },
];

const adminCenter: NavDefinition[] = [
  { href: "/admin/overview", labelKey: "adminCenter" },
  { href: "/admin/mail", labelKey: "mail" },
  { href: "/admin/audit-log", labelKey: "auditLog" },
  { href: "/admin/settings", labelKey: "mySettings" },
];

/** `access.rights`: the principal's team-level rights (company managers hold all), see `rightsOf`. */
export function navItemsFor(realm: Realm, principal: Principal, access: NavAccess): NavItem[] {
  const visible = (items: NavDefinition[]): NavItem[] =>
    items
      .filter((item) => item.visible?.(principal, access) ?? true)
      .map(({ href, labelKey, children }) => {
        const shown = children ? visible(children) : [];
        return shown.length > 0 ? { href, labelKey, children: shown } : { href, labelKey };
      });
  return visible(realm === "admin" ? adminCenter : managementCenter);
}

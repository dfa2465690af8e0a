import "server-only";
import { rightsOf } from "@/lib/access/management-scope";
import type { Principal, Realm } from "@/lib/auth/principal";
import { hasReports } from "@/lib/reports/report-scope";
import { hasSessionInformation } from "@/lib/session-information/access";
import type { NavAccess } from "./nav-items";

/** What the navigation shows beyond the role: the rights, and the pages an agent's functions open. */
export async function navAccessOf(realm: Realm, principal: Principal): Promise<NavAccess> {
  const inManagementCenter = realm === "manager";
  const [rights, reports, sessionInformation] = await Promise.all([
    rightsOf(principal),
    inManagementCenter && hasReports(principal),
    inManagementCenter && hasSessionInformation(principal),
  ]);
  return { rights, reports, sessionInformation };
}

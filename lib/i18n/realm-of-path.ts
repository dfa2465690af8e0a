import type { Realm } from "@/lib/auth/principal";

/** Which session a path is served under: the Admin Center's, the Management Center's or the agent console's. */
export function realmOfPath(pathname: string): Realm | null {
  if (pathname === "/admin" || pathname.startsWith("/admin/") || pathname.startsWith("/admin?")) return "admin";
  if (pathname === "/manager" || pathname.startsWith("/manager/") || pathname.startsWith("/manager?")) return "manager";
  if (pathname === "/agent" || pathname.startsWith("/agent/") || pathname.startsWith("/agent?")) return "agent";
  return null;
}

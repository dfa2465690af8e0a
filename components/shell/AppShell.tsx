import { getTranslations } from "next-intl/server";
import type { Realm } from "@/lib/auth/principal";
import { type NavAccess, navItemsFor } from "@/lib/navigation/nav-items";
import { NavLink } from "./NavLink";
import { NavMenuButton } from "./NavMenuButton";
import { RequestTooLargeAlert } from "./RequestTooLargeAlert";
import { ShellHeader, type SignedInShellProps } from "./ShellHeader";

/**
 * The signed-in frame: header with the user and sign-out, the main navigation (a column on the left,
 * a menu button above the content below 900 px), main content.
 */
export async function AppShell({
  realm,
  principal,
  navAccess,
  signOutAction,
  children,
}: SignedInShellProps & {
  realm: Realm;
  /** What the navigation shows beyond the role (loaded by the layout: lib/navigation/nav-access). */
  navAccess: NavAccess;
}) {
  const t = await getTranslations("Nav");
  return (
    <div className="app">
      <ShellHeader
        className="app-header"
        area={realm === "admin" ? t("adminCenter") : t("managementCenter")}
        principal={principal}
        signOutAction={signOutAction}
        signOutLabel={t("signOut")}
      />
      <nav className="app-nav" aria-label={t("label")}>
        <NavMenuButton label={t("menu")} />
        <ul className="nav-list">
          {navItemsFor(realm, principal, navAccess).map((item) => (
            <li key={item.href}>
              <NavLink href={item.href}>{t(item.labelKey)}</NavLink>
              {item.children ? (
                <ul className="nav-sub">
                  {item.children.map((child) => (
                    <li key={child.href}>
                      <NavLink href={child.href}>{t(child.labelKey)}</NavLink>
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" className="app-main">
        <RequestTooLargeAlert />
        {children}
      </main>
    </div>
  );
}

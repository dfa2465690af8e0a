import type { ReactNode } from "react";
import { signOutOfManagementCenterAction } from "@/app/auth-actions";
import { AppShell } from "@/components/shell/AppShell";
import { requirePrincipal } from "@/lib/auth/require-principal";
import { navAccessOf } from "@/lib/navigation/nav-access";

export default async function ManagementCenterLayout({ children }: { children: ReactNode }) {
  // Pages check again themselves; the layout only needs someone to show in the header.
  const principal = await requirePrincipal("manager", { allowPendingPasswordChange: true });
  return (
    <AppShell
      realm="manager"
      principal={principal}
      navAccess={await navAccessOf("manager", principal)}
      signOutAction={signOutOfManagementCenterAction}
    >
      {children}
    </AppShell>
  );
}

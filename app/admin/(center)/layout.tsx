import type { ReactNode } from "react";
import { signOutOfAdminCenterAction } from "@/app/auth-actions";
import { AppShell } from "@/components/shell/AppShell";
import { requirePrincipal } from "@/lib/auth/require-principal";
import { navAccessOf } from "@/lib/navigation/nav-access";

export default async function AdminCenterLayout({ children }: { children: ReactNode }) {
  const principal = await requirePrincipal("admin", { allowPendingPasswordChange: true });
  return (
    <AppShell
      realm="admin"
      principal={principal}
      navAccess={await navAccessOf("admin", principal)}
      signOutAction={signOutOfAdminCenterAction}
    >
      {children}
    </AppShell>
  );
}

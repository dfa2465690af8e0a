import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import type { Principal } from "@/lib/auth/principal";

/** What every signed-in frame gets from its layout. */
export type SignedInShellProps = {
  principal: Principal;
  signOutAction: (formData: FormData) => Promise<void>;
  children: ReactNode;
};

/** The header of every signed-in frame: product and area, what the frame adds (the console's navigation), the user and sign-out. */
export async function ShellHeader({
  className,
  area,
  principal,
  signOutAction,
  signOutLabel,
  children,
}: Omit<SignedInShellProps, "children"> & {
  className: string;
  area: string;
  signOutLabel: string;
  children?: ReactNode;
}) {
  const common = await getTranslations("Common");
  return (
    <header className={className}>
      <span className="brand">
        {common("productName")} · {area}
      </span>
      {children}
      <div className="app-user">
        <span>{principal.displayName}</span>
        <form action={signOutAction}>
          <button type="submit" className="link-button">
            {signOutLabel}
          </button>
        </form>
      </div>
    </header>
  );
}

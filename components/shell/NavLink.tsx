"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";

/**
 * A main-navigation link that marks itself current ("page", or "true" inside its section). It reads
 * the path on the client because the shell around it is a layout: Next keeps a layout as it was
 * across client-side navigations, so a mark rendered there once would stay on the page left behind.
 */
export function NavLink({ href, children }: { href: string; children: ReactNode }) {
  const pathname = usePathname();
  const current = pathname === href ? "page" : pathname.startsWith(`${href}/`) ? "true" : undefined;
  return (
    <Link href={href} aria-current={current}>
      {children}
    </Link>
  );
}

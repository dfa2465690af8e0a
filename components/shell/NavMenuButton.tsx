"use client";
import { usePathname } from "next/navigation";

/**
 * The main navigation's menu button below 900 px: a native disclosure, so it opens without
 * JavaScript; app/globals.css shows the list after it only while it is open, and hides the button
 * from 900 px on, where the list is always shown. Keyed by the path: a client-side navigation
 * closes it, as a page load does (the layout around it stays mounted).
 */
export function NavMenuButton({ label }: { label: string }) {
  const pathname = usePathname();
  return (
    <details key={pathname} className="nav-menu">
      <summary>{label}</summary>
    </details>
  );
}

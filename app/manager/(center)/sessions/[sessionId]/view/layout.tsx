import type { ReactNode } from "react";
import { LiveRegion } from "@/components/live/LiveRegion";

/** The Sitzungseinsicht changes while it is open: one live region that stays across its refreshes. */
export default function SessionViewLayout({ children }: { children: ReactNode }) {
  return (
    <>
      {children}
      <LiveRegion />
    </>
  );
}

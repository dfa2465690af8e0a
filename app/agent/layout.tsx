import type { ReactNode } from "react";
import { LiveRegion } from "@/components/live/LiveRegion";

/** The agent console keeps one live region across its pages (see LiveRegion). */
export default function AgentConsoleLayout({ children }: { children: ReactNode }) {
  return (
    <>
      {children}
      <LiveRegion />
    </>
  );
}

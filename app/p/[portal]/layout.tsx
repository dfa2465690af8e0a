import type { ReactNode } from "react";
import { LiveRegion } from "@/components/live/LiveRegion";

/** A customer's pages keep one live region from the request to the end of the chat (see LiveRegion). */
export default function CustomerPortalLayout({ children }: { children: ReactNode }) {
  return (
    <>
      {children}
      <LiveRegion />
    </>
  );
}

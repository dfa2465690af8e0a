import { LIVE_REGION_ID } from "./live-region";

/**
 * The one live region of a page that changes while it is open (the customer's waiting and chat
 * pages, the agent console). It sits in the layout, so it is in the first HTML and stays the same
 * element while the page's content is rendered anew or the console moves to a session: screen
 * readers only announce changes to a region they already know. Announce writes into it.
 */
export function LiveRegion() {
  return <div id={LIVE_REGION_ID} role="status" aria-live="polite" aria-atomic="true" className="sr-only" />;
}

/** The id of the page's one live region (LiveRegion), which announcements are written into. */
export const LIVE_REGION_ID = "live-announcement";

/** How long the region stays empty before the new words go in. */
const PAUSE_MS = 150;

/**
 * Says `text` through the page's live region. The region is emptied first and filled a moment
 * later, so that the same words twice in a row (a second request from the same customer) are
 * heard twice: screen readers announce a change, not a value.
 */
export function announce(text: string): void {
  const region = document.getElementById(LIVE_REGION_ID);
  if (!region) return;
  region.textContent = "";
  window.setTimeout(() => {
    region.textContent = text;
  }, PAUSE_MS);
}

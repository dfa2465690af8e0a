import type { ReactNode } from "react";

/**
 * The box a wide table scrolls sideways in, so that the page itself never does (WCAG 1.4.10). It
 * is a labelled region in the tab order: keyboard users focus it and scroll with the arrow keys
 * (axe "scrollable-region-focusable"), screen readers announce what it holds. Always focusable,
 * because without JavaScript nobody can tell whether it overflows at the reader's width.
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className="scroll-region">
      {children}
    </div>
  );
}

/**
 * A wide table in its scroll region, named once: the region's label and the table's caption (for
 * screen readers; the page's heading says it to everyone else) are the same words.
 */
export function ScrollTable({
  caption,
  className = "table",
  children,
}: {
  caption: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <ScrollRegion label={caption}>
      <table className={className}>
        <caption className="sr-only">{caption}</caption>
        {children}
      </table>
    </ScrollRegion>
  );
}

"use client";
import { useEffect } from "react";

/**
 * htmx reads the page when it loads; a page reached by a client-side navigation after that is new
 * to it. This hands the element to htmx once it is on the page (nothing happens before htmx loaded:
 * it reads the whole page then).
 */
export function HtmxProcess({ elementId }: { elementId: string }) {
  useEffect(() => {
    const htmx = (window as unknown as { htmx?: { process(element: Element): void } }).htmx;
    const element = document.getElementById(elementId);
    if (htmx && element) htmx.process(element);
  }, [elementId]);
  return null;
}

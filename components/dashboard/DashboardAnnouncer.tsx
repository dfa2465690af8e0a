"use client";
import { useEffect } from "react";
import { announce } from "@/components/live/live-region";

/**
 * Says in the page's live region what changed when htmx swapped in a monitor (its data-announce:
 * counts, not rows), and only when that sentence changed — a monitor fetched for the minute's tick
 * says nothing. The monitors are server-rendered HTML; this is the only script of its own.
 */
export function DashboardAnnouncer() {
  useEffect(() => {
    const said = new Map<string, string>();
    const read = () => {
      const changed: string[] = [];
      for (const monitor of document.querySelectorAll<HTMLElement>("[data-announce]")) {
        const text = monitor.dataset.announce ?? "";
        if (said.has(monitor.id) && said.get(monitor.id) !== text && text) changed.push(text);
        said.set(monitor.id, text);
      }
      return changed;
    };
    read();
    const onSwap = () => {
      const changed = read();
      if (changed.length) announce(changed.join(" "));
    };
    document.addEventListener("htmx:after:swap", onSwap);
    return () => document.removeEventListener("htmx:after:swap", onSwap);
  }, []);
  return null;
}

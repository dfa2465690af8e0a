"use client";
import { useEffect } from "react";
import { announce } from "@/components/live/live-region";

/** Monitors swapped in by one change arrive within moments of each other: said together, once. */
const GATHER_MS = 500;

/**
 * Says in the page's live region what changed when htmx swapped in monitors (each one's
 * data-announce: counts, not rows), and only the sentences that changed — a monitor fetched for the
 * minute's tick says nothing. The monitors are server-rendered HTML; this is the page's only script
 * of its own.
 */
export function DashboardAnnouncer() {
  useEffect(() => {
    const said = new Map<string, string>();
    const pending = new Map<string, string>();
    let timer: number | undefined;
    const read = () => {
      for (const monitor of document.querySelectorAll<HTMLElement>("[data-announce]")) {
        const text = monitor.dataset.announce ?? "";
        if (said.has(monitor.id) && said.get(monitor.id) !== text && text) pending.set(monitor.id, text);
        said.set(monitor.id, text);
      }
    };
    read();
    const onSwap = () => {
      read();
      window.clearTimeout(timer);
      timer = window.setTimeout(() => {
        if (pending.size) announce([...pending.values()].join(" "));
        pending.clear();
      }, GATHER_MS);
    };
    document.addEventListener("htmx:after:swap", onSwap);
    return () => {
      window.clearTimeout(timer);
      document.removeEventListener("htmx:after:swap", onSwap);
    };
  }, []);
  return null;
}

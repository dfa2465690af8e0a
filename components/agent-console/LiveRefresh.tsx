"use client";
import { useRouter } from "next/navigation";
import { useEffect } from "react";

const DEBOUNCE_MS = 300;

/**
 * Follows a notification stream (SSE, "changed" events) and renders the page anew on the server
 * after each burst of changes. After a dropped connection it refreshes once, since changes may
 * have been missed meanwhile. Without JavaScript the page's "Aktualisieren" link does the same.
 */
export function LiveRefresh({ streamUrl }: { streamUrl: string }) {
  const router = useRouter();
  useEffect(() => {
    const source = new EventSource(streamUrl);
    let timer: ReturnType<typeof setTimeout> | undefined;
    let dropped = false;
    const refresh = () => {
      clearTimeout(timer);
      timer = setTimeout(() => router.refresh(), DEBOUNCE_MS);
    };
    source.addEventListener("changed", refresh);
    source.onerror = () => {
      dropped = true;
    };
    source.onopen = () => {
      if (dropped) refresh();
      dropped = false;
    };
    return () => {
      clearTimeout(timer);
      source.close();
    };
  }, [streamUrl, router]);
  return null;
}

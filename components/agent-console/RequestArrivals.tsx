"use client";
import { useEffect, useRef } from "react";
import { announce } from "@/components/live/live-region";

export type ArrivingRequest = { id: number; announcement: string };

/**
 * Announces in the console's live region what changed in the waiting list since it was last
 * rendered: each new request ("Neue Anfrage von …") and the count; when requests only went away
 * (accepted, withdrawn), the count alone. The console renders itself anew on every change of its
 * event stream (LiveRefresh); the first render is the page itself and says nothing.
 */
export function RequestArrivals({ requests, countText }: { requests: ArrivingRequest[]; countText: string }) {
  const ids = requests.map((request) => request.id).join(",");
  const seen = useRef(ids);
  useEffect(() => {
    if (seen.current === ids) return;
    const before = new Set(seen.current.split(","));
    seen.current = ids;
    const arrived = requests.filter((request) => !before.has(String(request.id)));
    announce([...arrived.map((request) => request.announcement), countText].join(" "));
  }, [ids, requests, countText]);
  return null;
}

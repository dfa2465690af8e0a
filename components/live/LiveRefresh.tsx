"use client";
import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import { useEventStream } from "./useEventStream";

const DEBOUNCE_MS = 300;

/**
 * Renders the page anew on the server whenever its event stream names a change (decision record
 * 29): the agent console on every "changed", the customer's waiting page on its request's "status".
 * A burst of changes costs one render; after a dropped connection the page renders once more,
 * since changes may have been missed meanwhile. React reconciles the new render with the page, so
 * focus and what was typed into a form stay. `once` ends the stream at its first event (the waiting
 * page turns into something else). Without JavaScript the page's "Aktualisieren" link and
 * NoScriptRefresh do the same.
 */
export function LiveRefresh({
  streamUrl,
  events = ["changed"],
  once = false,
}: {
  streamUrl: string;
  events?: readonly string[];
  once?: boolean;
}) {
  const router = useRouter();
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const refresh = () => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => router.refresh(), DEBOUNCE_MS);
  };
  useEventStream(streamUrl, events, {
    onEvent: (_type, _data, close) => {
      if (once) close();
      refresh();
    },
    onOpen: (afterDrop) => {
      if (afterDrop) refresh();
    },
  });
  return null;
}

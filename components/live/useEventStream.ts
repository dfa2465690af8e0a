"use client";
import { useEffect, useRef } from "react";
import { ACCESS_ENDED_EVENT } from "@/lib/live/access-ended";

type EventStreamHandlers = {
  /** A named event of the stream; `close` ends the stream for good (no reconnect). */
  onEvent: (type: string, data: string, close: () => void) => void;
  /** The connection is open; `afterDrop` when it had dropped before (changes may have been missed). */
  onOpen?: (afterDrop: boolean) => void;
  /** The connection dropped; the browser tries again on its own, with Last-Event-ID. */
  onDrop?: () => void;
};

/**
 * Follows a live page's event stream (Server-Sent Events, decision records 9 and 29): the one place
 * the React pages open an EventSource. The stream names what changed; what the page does with it —
 * render itself anew on the server, add a transcript line, hand a screen-sharing step on — is the
 * caller's. The connection follows `url` and the event names only, so handlers may change freely.
 *
 * When the server says the reader may no longer read (ACCESS_ENDED_EVENT: signed out elsewhere,
 * deactivated, the session gone), the hook stops listening and loads the page anew, which then
 * shows the sign-in page or what is left to see — every live page alike. A full load, not a
 * refresh: nothing the page held in the browser belongs to the reader any more.
 */
export function useEventStream(url: string, events: readonly string[], handlers: EventStreamHandlers): void {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  const names = events.join(" ");
  useEffect(() => {
    const source = new EventSource(url);
    const close = () => source.close();
    let dropped = false;
    const onMessage = (message: MessageEvent<string>) => latest.current.onEvent(message.type, message.data, close);
    for (const name of names.split(" ")) source.addEventListener(name, onMessage);
    source.addEventListener(ACCESS_ENDED_EVENT, () => {
      close();
      location.reload();
    });
    source.onopen = () => {
      latest.current.onOpen?.(dropped);
      dropped = false;
    };
    source.onerror = () => {
      if (source.readyState === EventSource.OPEN) return;
      dropped = true;
      latest.current.onDrop?.();
    };
    return close;
  }, [url, names]);
}

"use client";
import { useEffect, useRef, useSyncExternalStore } from "react";
import { announce } from "./live-region";

const noSubscription = () => () => {};

/**
 * Announces `text` in the page's live region when it changes while the page is open: when this part
 * appears after the page was loaded (the chat that replaces the waiting page, the session the agent
 * just accepted) or its text changes (the session ended). Not on a page's first load: the page
 * itself is what a screen reader reads then.
 */
export function Announce({ text }: { text: string }) {
  // True only while React hydrates the server's first HTML (the server snapshot is used then).
  const hydrating = useSyncExternalStore(
    noSubscription,
    () => false,
    () => true,
  );
  const quiet = useRef(hydrating);
  useEffect(() => {
    if (quiet.current) {
      quiet.current = false;
      return;
    }
    announce(text);
  }, [text]);
  return null;
}

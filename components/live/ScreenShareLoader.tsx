"use client";
import { type ComponentProps, type ComponentType, useEffect, useRef, useState } from "react";
import { SCREEN_DOM_EVENT } from "@/lib/live/screen-share-state";
import type { AgentScreenShare } from "./AgentScreenShare";
import type { CustomerScreenShare } from "./CustomerScreenShare";
import type { TranscriptEvent } from "./LiveTranscript";

type Early = { takeEarly?: () => TranscriptEvent[] };

const loadAgent = () => import("./AgentScreenShare").then((m) => m.AgentScreenShare);
const loadCustomer = () => import("./CustomerScreenShare").then((m) => m.CustomerScreenShare);

/**
 * Loads a screen-sharing component once this placeholder is on the page, so that its script (WebRTC,
 * the recorder) is fetched only by session pages where the feature is on — a page's statically
 * imported client components all share its bundle. Until it runs, the server's text says that screen
 * sharing needs JavaScript; screen events that arrive meanwhile are kept for the component.
 */
function useLoaded<P>(load: () => Promise<ComponentType<P & Early>>) {
  const [Component, setComponent] = useState<ComponentType<P & Early> | null>(null);
  const early = useRef<TranscriptEvent[]>([]);
  const forget = useRef(() => {});
  useEffect(() => {
    let live = true;
    const keep = (event: Event) => void early.current.push((event as CustomEvent<TranscriptEvent>).detail);
    window.addEventListener(SCREEN_DOM_EVENT, keep);
    forget.current = () => window.removeEventListener(SCREEN_DOM_EVENT, keep);
    void load().then((loaded) => {
      if (live) setComponent(() => loaded);
    });
    return () => {
      live = false;
      forget.current();
    };
  }, [load]);
  const takeEarly = () => {
    forget.current();
    return early.current.splice(0);
  };
  return { Component, takeEarly };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any component: only its props are read
type Props<C extends ComponentType<any>> = Omit<ComponentProps<C>, "takeEarly">;

export function AgentScreenShareLoader(props: Props<typeof AgentScreenShare>) {
  const { Component, takeEarly } = useLoaded(loadAgent);
  return Component ? (
    <Component {...props} takeEarly={takeEarly} />
  ) : (
    <p className="muted">{props.texts.needsJavaScript}</p>
  );
}

export function CustomerScreenShareLoader(props: Props<typeof CustomerScreenShare>) {
  const { Component, takeEarly } = useLoaded(loadCustomer);
  return Component ? (
    <Component {...props} takeEarly={takeEarly} />
  ) : (
    <p className="muted">{props.texts.needsJavaScript}</p>
  );
}

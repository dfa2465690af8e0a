// @vitest-environment happy-dom
import { act } from "react";
import { createRoot, type Root } from "react-dom/client";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { LiveRefresh } from "@/components/live/LiveRefresh";

const refresh = vi.fn();
vi.mock("next/navigation", () => ({ useRouter: () => ({ refresh }) }));

/** A stand-in for the browser's EventSource: the test opens, drops and sends on it. */
class FakeEventSource {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSED = 2;
  static all: FakeEventSource[] = [];
  readyState = FakeEventSource.CONNECTING;
  onopen: (() => void) | null = null;
  onerror: (() => void) | null = null;
  private listeners = new Map<string, ((message: MessageEvent<string>) => void)[]>();
  constructor(readonly url: string) {
    FakeEventSource.all.push(this);
  }
  addEventListener(type: string, listener: (message: MessageEvent<string>) => void) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  close() {
    this.readyState = FakeEventSource.CLOSED;
  }
  open() {
    this.readyState = FakeEventSource.OPEN;
    this.onopen?.();
  }
  drop() {
    this.readyState = FakeEventSource.CONNECTING;
    this.onerror?.();
  }
  send(type: string, data = "{}") {
    if (this.readyState === FakeEventSource.CLOSED) return;
    for (const listener of this.listeners.get(type) ?? []) listener(new MessageEvent(type, { data }));
  }
}

let root: Root;
const source = () => FakeEventSource.all.at(-1)!;
const render = (element: React.ReactElement) => act(() => root.render(element));
const settle = () => act(() => vi.advanceTimersByTime(1_000));

beforeEach(() => {
  vi.useFakeTimers();
  vi.stubGlobal("EventSource", FakeEventSource);
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  FakeEventSource.all = [];
  refresh.mockClear();
  root = createRoot(document.createElement("div"));
});

afterEach(() => {
  act(() => root.unmount());
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe("LiveRefresh", () => {
  it("renders the page anew once for a burst of changes, and only for the events it follows", async () => {
    await render(<LiveRefresh streamUrl="/agent/events" />);
    expect(source().url).toBe("/agent/events");
    source().open();
    source().send("changed");
    source().send("changed");
    source().send("changed");
    source().send("status");
    await settle();
    expect(refresh).toHaveBeenCalledTimes(1);
    source().send("changed");
    await settle();
    expect(refresh).toHaveBeenCalledTimes(2);
  });

  it("renders anew after a dropped connection comes back (changes may have been missed), not on the first open", async () => {
    await render(<LiveRefresh streamUrl="/agent/events" />);
    source().open();
    await settle();
    expect(refresh).not.toHaveBeenCalled();
    source().drop();
    source().open();
    await settle();
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  it("with `once`, ends the stream at its first event: a waiting page turns into something else", async () => {
    await render(<LiveRefresh streamUrl="/p/x/requests/t/status?seen=waiting" events={["status"]} once />);
    source().open();
    source().send("changed");
    await settle();
    expect(refresh).not.toHaveBeenCalled();
    source().send("status", '{"status":"accepted"}');
    expect(source().readyState).toBe(FakeEventSource.CLOSED);
    await settle();
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  it("stops listening and loads the page anew, at once, when the server says access ended", async () => {
    const reload = vi.spyOn(window.location, "reload").mockImplementation(() => undefined);
    await render(<LiveRefresh streamUrl="/agent/events" />);
    source().open();
    source().send("access-ended");
    expect(source().readyState).toBe(FakeEventSource.CLOSED);
    expect(reload).toHaveBeenCalledTimes(1);
    source().send("changed");
    await settle();
    expect(refresh).not.toHaveBeenCalled();
    expect(FakeEventSource.all).toHaveLength(1);
    reload.mockRestore();
  });

  it("keeps one connection across renders and closes it when the page leaves", async () => {
    await render(<LiveRefresh streamUrl="/agent/events" />);
    await render(<LiveRefresh streamUrl="/agent/events" />);
    expect(FakeEventSource.all).toHaveLength(1);
    act(() => root.unmount());
    expect(source().readyState).toBe(FakeEventSource.CLOSED);
    root = createRoot(document.createElement("div"));
  });
});

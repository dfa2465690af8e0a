import { describe, expect, it, vi } from "vitest";
import { eventBus } from "./event-bus";

describe("eventBus", () => {
  it("delivers to every subscriber of a channel, in order, and to no other channel", () => {
    const a: string[] = [];
    const b: string[] = [];
    const offA = eventBus.subscribe("session:1", (m) => a.push(m.type));
    const offB = eventBus.subscribe("session:2", (m) => b.push(m.type));
    eventBus.publish("session:1", { type: "posted" });
    eventBus.publish("session:1", { type: "ended" });
    expect(a).toEqual(["posted", "ended"]);
    expect(b).toEqual([]);
    offA();
    offB();
    expect(eventBus.listenerCount("session:1")).toBe(0);
  });

  it("stops delivering after unsubscribe", () => {
    const listener = vi.fn();
    const off = eventBus.subscribe("c", listener);
    off();
    eventBus.publish("c", { type: "x" });
    expect(listener).not.toHaveBeenCalled();
  });

  it("a failing listener does not keep the others from the message", () => {
    const spy = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const heard = vi.fn();
    const offBad = eventBus.subscribe("c", () => {
      throw new Error("stream closed");
    });
    const offGood = eventBus.subscribe("c", heard);
    eventBus.publish("c", { type: "x", id: 7 });
    expect(heard).toHaveBeenCalledWith({ type: "x", id: 7 });
    offBad();
    offGood();
    spy.mockRestore();
  });

  it("a listener may unsubscribe while the message is being delivered", () => {
    const heard: number[] = [];
    const off1 = eventBus.subscribe("c", () => {
      heard.push(1);
      off1();
    });
    const off2 = eventBus.subscribe("c", () => heard.push(2));
    eventBus.publish("c", { type: "x" });
    eventBus.publish("c", { type: "x" });
    expect(heard).toEqual([1, 2, 2]);
    off2();
  });
});

import "server-only";
import { logger } from "@/lib/logging/logger";

/**
 * Live notifications between server code and open event streams (SSE). The bus only says "something
 * happened on this channel"; what happened is read from the database, which keeps every event in
 * order with its id. So a stream that missed a notification — or reconnects with Last-Event-ID —
 * catches up from the database, and nothing is lost or delivered twice.
 *
 * The in-process bus serves the one-box default. Scale-out swaps it for PostgreSQL LISTEN/NOTIFY
 * behind the same interface (docs/architecture.md, "The event model"); payloads therefore stay small and JSON-serialisable.
 */
export type BusMessage = { type: string; [key: string]: string | number | boolean | null };

export type Listener = (message: BusMessage) => void;

export interface EventBus {
  publish(channel: string, message: BusMessage): void;
  /** Returns the function that ends the subscription. */
  subscribe(channel: string, listener: Listener): () => void;
  /** How many listeners a channel has (for tests and the benchmark). */
  listenerCount(channel: string): number;
  /**
   * How many messages were published on a channel so far (counted before they are delivered): lets
   * a cache tell whether anything happened since it computed a value.
   */
  publishedCount(channel: string): number;
}

class InProcessBus implements EventBus {
  private readonly channels = new Map<string, Set<Listener>>();
  private readonly published = new Map<string, number>();

  publish(channel: string, message: BusMessage): void {
    this.published.set(channel, (this.published.get(channel) ?? 0) + 1);
    for (const listener of [...(this.channels.get(channel) ?? [])]) {
      // One broken stream must not keep the others from hearing about the event.
      try {
        listener(message);
      } catch (error) {
        logger.error({ err: error, channel }, "event listener failed");
      }
    }
  }

  subscribe(channel: string, listener: Listener): () => void {
    const listeners = this.channels.get(channel) ?? new Set<Listener>();
    listeners.add(listener);
    this.channels.set(channel, listeners);
    return () => {
      listeners.delete(listener);
      if (listeners.size === 0 && this.channels.get(channel) === listeners) this.channels.delete(channel);
    };
  }

  listenerCount(channel: string): number {
    return this.channels.get(channel)?.size ?? 0;
  }

  publishedCount(channel: string): number {
    return this.published.get(channel) ?? 0;
  }
}

// One bus per process, shared by every bundle (routes, server actions, instrumentation).
const state = globalThis as unknown as { lotseEventBus?: EventBus };

export const eventBus: EventBus = (state.lotseEventBus ??= new InProcessBus());

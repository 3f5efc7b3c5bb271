import { events, type EventName, type EventPayload } from '../../../shared/api/events.ts';

export type EventListener = <E extends EventName>(name: E, payload: EventPayload<E>) => void;
type Subscriber = (name: EventName, payload: unknown) => void;

/**
 * The core's in-process event bus (issue #11). Services subscribe to one event by name with a typed
 * payload (`subscribe('audio.edited', …)`); the transports (IPC, SSE, CLI) are listeners of every
 * event (`on`), so a service never depends on the UI's stream to hear another service.
 */
export class EventBus {
  readonly #listeners = new Set<EventListener>();
  readonly #subscribers = new Set<Subscriber>();

  /** Every event, for transports that forward them out of the process. */
  on(listener: EventListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** One event, typed: how services hear each other (`library.changed`, `audio.edited`, …). */
  subscribe<E extends EventName>(name: E, handler: (payload: EventPayload<E>) => void): () => void {
    const subscriber: Subscriber = (emitted, payload) => {
      // The name was checked, so the payload is this event's (parsed in emit).
      if (emitted === name) handler(payload as EventPayload<E>);
    };
    this.#subscribers.add(subscriber);
    return () => this.#subscribers.delete(subscriber);
  }

  emit<E extends EventName>(name: E, payload: EventPayload<E>): void {
    // Validate here so a malformed payload is caught at its source, not in the UI.
    const checked = events[name].parse(payload) as EventPayload<E>;
    // Services first: what they do in response (a rendition queued) is already under way when a
    // transport tells the UI.
    for (const subscriber of this.#subscribers) subscriber(name, checked);
    for (const listener of this.#listeners) listener(name, checked);
  }
}

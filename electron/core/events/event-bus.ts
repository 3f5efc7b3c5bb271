import { events, type EventName, type EventPayload } from '../../../shared/api/events.ts';

export type EventListener = <E extends EventName>(name: E, payload: EventPayload<E>) => void;

/** Typed fan-out from the core to whichever transports are attached (IPC, SSE, CLI). */
export class EventBus {
  readonly #listeners = new Set<EventListener>();

  on(listener: EventListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  emit<E extends EventName>(name: E, payload: EventPayload<E>): void {
    // Validate here so a malformed payload is caught at its source, not in the UI.
    const checked = events[name].parse(payload) as EventPayload<E>;
    for (const listener of this.#listeners) listener(name, checked);
  }
}

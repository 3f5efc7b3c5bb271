/**
 * Every IPC channel name, in one place (DESIGN.md §9, after Electron Fiddle). The preload bundles
 * this file; main imports it; nothing else may invent a channel.
 */
export const IPC_CHANNELS = {
  /** renderer → main: `(method: string, input: unknown)` → `Result<unknown>`. */
  invoke: 'cabina:invoke',
  /** main → renderer: `(event: EventName, payload)`; the preload filters by event name. */
  event: 'cabina:event',
} as const;

export type IpcChannel = (typeof IPC_CHANNELS)[keyof typeof IPC_CHANNELS];

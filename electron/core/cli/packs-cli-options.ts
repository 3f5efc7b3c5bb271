/** Flags of `cabina keys|pack|feed` (issue #6), joined into the CLI's option table. */
export const packsCliOptions = {
  segment: { type: 'string', multiple: true },
  version: { type: 'string', multiple: true },
  out: { type: 'string' },
  encodes: { type: 'string' },
  redact: { type: 'boolean', default: false },
  /** `pack build` without Producción's task recordings (a pack small enough for WhatsApp); spelt out, parseArgs has no --no- prefix here. */
  'no-task-recordings': { type: 'boolean', default: false },
  public: { type: 'boolean', default: false },
  'base-url': { type: 'string' },
  'accept-publisher': { type: 'boolean', default: false },
  name: { type: 'string' },
} as const;

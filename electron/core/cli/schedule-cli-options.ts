/** Flags of `cabina station|schedule|asrun`; cli-args.ts spreads them into its strict option table. */
// A leaf module: cli-args.ts imports the option tables and the commands import cli-args.ts, so they cannot live in the commands.
export const scheduleCliOptions = {
  name: { type: 'string' },
  'call-sign': { type: 'string' },
  timezone: { type: 'string' },
  languages: { type: 'string' },
  municipality: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string' },
  'copy-audio': { type: 'boolean' },
  'playout-root': { type: 'string' },
  'dry-run': { type: 'boolean' },
  split: { type: 'string' },
  'refuse-gaps': { type: 'boolean' },
} as const;

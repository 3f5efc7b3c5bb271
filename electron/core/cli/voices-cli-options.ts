/** Flags of `cabina voices summary` (issue #14 §2); --from/--to/--format/--out come from the schedule's table. */
// A leaf module, like coverage-cli-options.ts (cli-args.ts spreads it into its strict option table).
export const voicesCliOptions = {
  role: { type: 'string' },
  network: { type: 'boolean', default: false },
} as const;

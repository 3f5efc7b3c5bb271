/** Flags of `cabina report coverage|export` (issue #13); --from/--to/--format/--out come from the schedule's table. */
// A leaf module, like schedule-cli-options.ts (cli-args.ts spreads it into its strict option table).
export const coverageCliOptions = {
  by: { type: 'string' },
  pack: { type: 'string', multiple: true },
  station: { type: 'string', multiple: true },
  state: { type: 'string', multiple: true },
} as const;

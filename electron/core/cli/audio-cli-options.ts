/** Flags of `cabina analyze|normalize|peaks` (issue #3), joined into the CLI's option table. */
// A leaf module: cli-args.ts imports the option tables and the commands import cli-args.ts, so they cannot live in the commands.
export const audioCliOptions = {
  target: { type: 'string' },
  ceiling: { type: 'string' },
  bits: { type: 'string' },
} as const;

/** Flags of `cabina doctor` (issue #12), joined into the CLI's option table. */
export const backupCliOptions = {
  repair: { type: 'boolean', default: false },
} as const;

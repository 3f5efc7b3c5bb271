/** Flags of `cabina asrun import-log` (issue #13 §1); a leaf module like the other option tables. */
export const asrunCliOptions = {
  preset: { type: 'string' },
  map: { type: 'string' },
} as const;

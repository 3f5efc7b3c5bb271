/** Flags of `cabina receipt import` (issue #13): trust the stations the receipts come from (first use). */
export const receiptsCliOptions = {
  trust: { type: 'boolean' },
} as const;

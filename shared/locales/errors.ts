/** The `errors` tree alone, for the CLI and the core (`errors.<code>`, dotted codes nest). */
export { esErrors as errorsEs } from './es/errors.ts';
export { enErrors as errorsEn } from './en/errors.ts';

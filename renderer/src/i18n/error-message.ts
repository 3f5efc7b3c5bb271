import type { TFunction } from 'i18next';
import { ApiError } from '../api/api-client.ts';

export interface ErrorMessageOptions {
  /** The file the error is about, when the UI knows it better than the core does. */
  name?: string;
  /** Translates a field path such as `patch.validUntil` into the label the user sees. */
  fieldLabel?: (path: string) => string | null;
}

/**
 * The one sentence a user reads for an error: always `errors.<code>` with interpolation, never the
 * core's English `message` (that is for logs) and never a stack.
 */
export function errorMessage(error: unknown, t: TFunction, options: ErrorMessageOptions = {}): string {
  const apiError = error instanceof ApiError ? error : new ApiError('internal', error instanceof Error ? error.message : String(error));
  const details = apiError.details ?? {};
  const name = options.name ?? (typeof details.name === 'string' ? details.name : t('errors.thisFile'));
  if (apiError.code === 'invalid_input') {
    const rawField = typeof details.field === 'string' ? details.field : '';
    if (rawField) {
      const field = options.fieldLabel?.(rawField) ?? rawField;
      return t('errors.invalid_input_field', { field });
    }
    return t('errors.invalid_input');
  }
  const key = `errors.${apiError.code}`;
  return t(key, { ...details, name, defaultValue: t('errors.internal') });
}

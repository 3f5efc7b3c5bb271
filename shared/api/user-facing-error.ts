import type { ApiErrorData, ErrorCode } from './errors.ts';

/*
 * The error the core throws for something the user should read. Kept free of runtime imports
 * (types only from errors.ts) so that a worker thread can throw it without loading zod.
 */

/** Thrown inside the core for an error the user should read; anything else becomes `internal`. */
export class UserFacingError extends Error {
  readonly code: ErrorCode;
  readonly details: ApiErrorData['details'];
  constructor(code: ErrorCode, message: string, details?: ApiErrorData['details']) {
    super(message);
    this.name = 'UserFacingError';
    this.code = code;
    this.details = details;
  }
  toData(): ApiErrorData {
    return this.details ? { code: this.code, message: this.message, details: this.details } : { code: this.code, message: this.message };
  }
}

export function isCancelled(error: unknown): boolean {
  return error instanceof UserFacingError ? error.code === 'cancelled' : error instanceof Error && error.name === 'AbortError';
}

/** The error every cancelled operation ends with. */
export const cancelled = (): UserFacingError => new UserFacingError('cancelled', 'Cancelled');

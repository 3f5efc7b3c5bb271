import { UserFacingError } from '../../../../shared/api/errors.ts';

const NOT_THROWN = 'expected a UserFacingError';

function userFacing(error: unknown): UserFacingError {
  if (error instanceof UserFacingError) return error;
  throw error;
}

/** `'resolved'`, the code of the UserFacingError the promise rejects with, or `'other: …'` for any other rejection. */
export function codeOf(promise: Promise<unknown>): Promise<string> {
  return promise.then(
    () => 'resolved',
    (error: unknown) => (error instanceof UserFacingError ? error.code : `other: ${String(error)}`),
  );
}

/** The UserFacingError the promise rejects with; resolving, or rejecting with anything else, fails the test. */
export function errorOf(promise: Promise<unknown>): Promise<UserFacingError> {
  return promise.then(() => {
    throw new Error(NOT_THROWN);
  }, userFacing);
}

/** The UserFacingError a synchronous call throws; returning, or throwing anything else, fails the test. */
export function errorOfCall(call: () => unknown): UserFacingError {
  try {
    call();
  } catch (error) {
    return userFacing(error);
  }
  throw new Error(NOT_THROWN);
}

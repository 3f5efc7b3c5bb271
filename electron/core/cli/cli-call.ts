import { dispatch } from '../../../shared/api/dispatch.ts';
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/api/contract.ts';
import { UserFacingError } from '../../../shared/api/errors.ts';
import type { Core } from '../core-types.ts';

/**
 * Every CLI command calls the core through the same dispatch as IPC and HTTP, so input is validated
 * the same way; a failed call becomes a UserFacingError that main() prints as one sentence.
 */
export async function call<M extends MethodName>(core: Core, method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const result = await dispatch(core.handlers, method, input);
  if (!result.ok) throw new UserFacingError(result.error.code, result.error.message, result.error.details);
  return result.value as MethodOutput<M>;
}

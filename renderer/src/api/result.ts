import { z } from 'zod';
import { apiErrorSchema } from '../../../shared/api/errors.ts';
import { ApiError } from './api-client.ts';

const resultSchema = z.union([
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: apiErrorSchema }),
]);

/** Turns a transport's raw `{ ok, value | error }` into the value, or throws the error as `ApiError`. */
export function unwrapResult(raw: unknown): unknown {
  const parsed = resultSchema.safeParse(raw);
  if (!parsed.success) throw new ApiError('bad_response', `Not a Result: ${parsed.error.message}`);
  if (parsed.data.ok) return parsed.data.value;
  const { code, message, details } = parsed.data.error;
  throw new ApiError(code, message, details);
}

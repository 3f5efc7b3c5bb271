import type { z } from 'zod';
import { contract, isMethodName } from './contract.ts';
import { toErrorData, type Result } from './errors.ts';
import type { Handlers } from './handlers.ts';

/** Where in the input the first problem is, as `field.sub[0]`, for a translated "check field X". */
function issuePath(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue ? issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : String(p))).join('.').replace(/\.\[/g, '[') : '';
}

/**
 * The single entry point every transport uses: unknown method and bad input become data errors,
 * thrown errors become `{ code, message }`; nothing here throws, so a bad call never takes the
 * process down.
 */
export async function dispatch(handlers: Handlers, method: string, rawInput: unknown): Promise<Result<unknown>> {
  if (!isMethodName(method)) {
    return { ok: false, error: { code: 'unknown_method', message: `Unknown method ${method}`, details: { method } } };
  }
  const spec = contract[method];
  const parsed = spec.input.safeParse(rawInput ?? {});
  if (!parsed.success) {
    return {
      ok: false,
      // `reason` is zod's issue code (too_big, invalid_type…): the CLI says why (errors.input.<reason>).
      error: { code: 'invalid_input', message: parsed.error.message, details: { method, field: issuePath(parsed.error), reason: parsed.error.issues[0]?.code ?? 'custom' } },
    };
  }
  try {
    const handler = handlers[method] as (input: unknown) => Promise<unknown>;
    const value = await handler(parsed.data);
    return { ok: true, value };
  } catch (error) {
    return { ok: false, error: toErrorData(error) };
  }
}

import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { dispatch } from '../../../../shared/api/dispatch.ts';
import type { MethodInput, MethodName, MethodOutput } from '../../../../shared/api/contract.ts';
import { UserFacingError } from '../../../../shared/api/errors.ts';
import { createCore } from '../../../../electron/core/core.ts';
import type { Core } from '../../../../electron/core/core-types.ts';

/** A call that throws the UserFacingError a transport would report, so tests can match its code. */
export async function call<M extends MethodName>(core: Core, method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const result = await dispatch(core.handlers, method, input);
  if (!result.ok) throw new UserFacingError(result.error.code, result.error.message, result.error.details);
  return result.value as MethodOutput<M>;
}

export async function openCore(dataDir: string, clock?: () => Date): Promise<Core> {
  return createCore({ dataDir, transport: 'cli', ...(clock ? { clock } : {}) });
}

export function importFixture(core: Core, fixtures: string, name: string, title: string) {
  return call(core, 'library.import', { jobId: randomUUID(), source: { kind: 'path', path: path.join(fixtures, name) }, originalName: name, title });
}

export async function segmentCount(core: Core): Promise<number> {
  const result = await call(core, 'library.search', { query: '', filters: { languages: [], regions: [], topics: [], statuses: [], expiringWithinDays: null }, offset: 0, limit: 50 });
  return result.total;
}

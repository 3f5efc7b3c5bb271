import { afterEach } from 'vitest';
import { dispatch } from '../../../../shared/api/dispatch.ts';
import type { MethodInput, MethodName, MethodOutput } from '../../../../shared/api/contract.ts';
import { createCore } from '../../../../electron/core/core.ts';
import type { Core } from '../../../../electron/core/core-types.ts';

/** One method through the same dispatch the transports use (input parsed by its schema); a failure throws with its code and details. */
export async function callCore<M extends MethodName>(core: Core, method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const r = await dispatch(core.handlers, method, input);
  if (!r.ok) throw Object.assign(new Error(r.error.message), { code: r.error.code, details: r.error.details });
  return r.value as MethodOutput<M>;
}

/** Cores opened on data folders for a test, closed after each test. */
export function useCores(): { open(dataDir: string): Promise<Core> } {
  const cores: Core[] = [];
  afterEach(() => {
    for (const c of cores.splice(0)) c.close();
  });
  return {
    async open(dataDir) {
      const core = await createCore({ dataDir, transport: 'cli' });
      cores.push(core);
      return core;
    },
  };
}

import type { MethodName, MethodOutput, ParsedInput } from './contract.ts';

/** Implemented once in electron/core; every transport dispatches through it. */
export type Handlers = {
  [M in MethodName]: (input: ParsedInput<M>) => Promise<MethodOutput<M>>;
};

import type { MethodInput } from '../../../../shared/api/contract.ts';

export type ListInput = MethodInput<'voices.list'>;

/** What the list is narrowed by: words (in the summary), one problem, one state (of origin or work). */
export interface VoicesFilters {
  query: string;
  category: string | null;
  stateCode: string | null;
}

export const noFilters: VoicesFilters = { query: '', category: null, stateCode: null };

export function hasFilters(f: VoicesFilters): boolean {
  return f.query.trim() !== '' || f.category !== null || f.stateCode !== null;
}

/** What voices.list receives: only the parts the user actually set. */
export function toListInput(f: VoicesFilters): ListInput {
  const input: ListInput = {};
  const query = f.query.trim();
  if (query) input.query = query;
  if (f.category) input.category = f.category;
  if (f.stateCode) input.stateCode = f.stateCode;
  return input;
}

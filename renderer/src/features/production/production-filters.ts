import type { MethodInput } from '../../../../shared/api/contract.ts';
import type { TaskStatus } from '../../../../shared/domain/production.ts';

export type BoardInput = MethodInput<'production.board'>;

/** One "language at a status" half of the filter; it applies only once a language is chosen. */
export interface LanguageAt {
  languageCode: string | null;
  status: TaskStatus;
}

export interface ProductionFilters {
  query: string;
  reached: LanguageAt;
  notReached: LanguageAt;
  outdatedOnly: boolean;
}

/**
 * The defaults read as the common questions: "already approved in…" and "not yet translated in…"
 * (a task that is missing altogether counts as not translated).
 */
export const noFilters: ProductionFilters = {
  query: '',
  reached: { languageCode: null, status: 'approved' },
  notReached: { languageCode: null, status: 'translated' },
  outdatedOnly: false,
};

export function hasFilters(f: ProductionFilters): boolean {
  return f.query.trim() !== '' || f.reached.languageCode !== null || f.notReached.languageCode !== null || f.outdatedOnly;
}

/** What production.board receives: only the parts the user actually set. */
export function toBoardInput(f: ProductionFilters): BoardInput {
  const input: BoardInput = {};
  const query = f.query.trim();
  if (query) input.query = query;
  if (f.reached.languageCode) input.reached = { languageCode: f.reached.languageCode, status: f.reached.status };
  if (f.notReached.languageCode) input.notReached = { languageCode: f.notReached.languageCode, status: f.notReached.status };
  if (f.outdatedOnly) input.outdatedOnly = true;
  return input;
}

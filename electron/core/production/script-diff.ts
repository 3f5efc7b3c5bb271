import { diffWords } from 'diff';
import type { ScriptDiffPart } from '../../../shared/domain/production.ts';

/**
 * What changed between two revisions of a master script, word by word (jsdiff's Myers diff), for the
 * translator of an outdated task: the removed words, the added ones and what stayed between them.
 */
export function scriptDiff(before: string, after: string): ScriptDiffPart[] {
  return diffWords(before, after).map((c) => ({ kind: c.added ? 'added' : c.removed ? 'removed' : 'same', text: c.value }));
}

import type { MethodOutput } from '../../../../shared/api/contract.ts';

/** What the side panel shows: a segment, and maybe one of its tasks. */
export interface Selection {
  segmentId: string;
  /** A task opened from a board cell or the panel's list; null shows the segment itself. */
  taskId: string | null;
}

/** A script save's answer, shown by the editor until the next save. */
export type ScriptSaved = MethodOutput<'production.script.save'>;

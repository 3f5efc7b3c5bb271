import type { Handlers } from '../../../shared/api/handlers.ts';
import { toDiskFull } from './disk-full.ts';

/*
 * Issue #12, defect 4: "ENOSPC anywhere is one translated sentence". Writers that know their size
 * map a full disk themselves; this net catches the rest — SQLite's "database or disk is full" on a
 * tag or schedule edit, a small file written directly — so none of them reads "error inesperado".
 */

/** What an unsized write (a database page, a small file) is told to free: enough for SQLite to checkpoint its WAL, about. */
const UNSIZED_NEED = 1024 * 1024;

export function mapDiskFullErrors(dataDir: string, handlers: Handlers): Handlers {
  const wrapped: Record<string, (input: never) => Promise<unknown>> = {};
  for (const [method, handler] of Object.entries(handlers) as [string, (input: never) => Promise<unknown>][]) {
    wrapped[method] = async (input) => {
      try {
        return await handler(input);
      } catch (error) {
        throw await toDiskFull(error, dataDir, UNSIZED_NEED);
      }
    };
  }
  return wrapped as Handlers;
}

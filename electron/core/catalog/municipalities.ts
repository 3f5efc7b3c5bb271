import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { MunicipalityEntry } from '../../../shared/domain/catalog.ts';

/** resources/catalogs/municipalities.json, made by scripts/catalogs/make-municipalities.ts (INEGI AGEEML). */
export const MUNICIPALITIES_FILE = 'municipalities.json';

const fileSchema = z.object({
  source: z.string(),
  states: z.record(z.string().regex(/^(0[1-9]|[12]\d|3[0-2])$/), z.record(z.string().regex(/^\d{3}$/), z.string().min(1))),
});

/** INEGI municipalities by state, for the station's place picker and its validation (issue #11). */
export interface MunicipalityCatalog {
  /** Municipalities of a state, sorted by name in Spanish collation; empty for an unknown state. */
  forState(stateCode: string): MunicipalityEntry[];
  /** Whether a 5-digit key exists (the first two digits are its state). */
  has(municipalityCode: string): boolean;
}

/** Synchronous like loadCatalogs: ~60 KB read once at start-up; a broken file names itself. */
export function loadMunicipalities(dir: string): MunicipalityCatalog {
  const where = path.join(dir, MUNICIPALITIES_FILE);
  let parsed: z.infer<typeof fileSchema>;
  try {
    parsed = fileSchema.parse(JSON.parse(readFileSync(where, 'utf8')));
  } catch (err) {
    throw new Error(`Invalid catalog ${where}: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
  const collator = new Intl.Collator('es', { sensitivity: 'base' });
  const byState = new Map<string, MunicipalityEntry[]>();
  const codes = new Set<string>();
  for (const [state, entries] of Object.entries(parsed.states)) {
    const list = Object.entries(entries).map(([mun, name]) => ({ code: state + mun, name }));
    list.sort((a, b) => collator.compare(a.name, b.name));
    byState.set(state, list);
    for (const entry of list) codes.add(entry.code);
  }
  return {
    forState: (stateCode) => byState.get(stateCode) ?? [],
    has: (code) => codes.has(code),
  };
}

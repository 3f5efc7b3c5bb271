import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { languageEntrySchema, stateEntrySchema, testimonyCategoryEntrySchema, topicEntrySchema } from '../../../shared/domain/catalog.ts';
import type { LoadedCatalogs, LanguageEntry, StateEntry, TestimonyCategoryEntry, TopicEntry } from '../../../shared/domain/catalog.ts';

/** File names inside the catalog folder (resources/catalogs), one per catalog. */
export const CATALOG_FILES = {
  languages: 'languages.json',
  states: 'regions.json',
  topics: 'topics.json',
  testimonyCategories: 'testimony-categories.json',
} as const;

/** Lookup tables by code / id, built once: tagging and search resolve names on every row. */
export interface CatalogIndex {
  languages: Map<string, LanguageEntry>;
  states: Map<string, StateEntry>;
  topics: Map<string, TopicEntry>;
  testimonyCategories: Map<string, TestimonyCategoryEntry>;
}

// A broken catalog should name the file and the first few problems, not dump a whole zod tree.
const MAX_REPORTED_ISSUES = 5;

/**
 * The shipped catalogs' folder. Resolved from this source file (repo root is three levels up)
 * so it works from tests, the CLI and browser mode whatever the working directory.
 */
export function defaultCatalogDir(): string {
  return path.resolve(import.meta.dirname, '..', '..', '..', 'resources', 'catalogs');
}

/**
 * Reads and validates the catalogs. Synchronous on purpose: they are a few tens of KB,
 * read once at start-up, and every service needs them before it can answer anything.
 * Throws an Error naming the file and the problem when a catalog is missing or invalid.
 */
export function loadCatalogs(dir: string): LoadedCatalogs {
  const languages = readCatalog(dir, CATALOG_FILES.languages, languageEntrySchema, (e) => e.code);
  const states = readCatalog(dir, CATALOG_FILES.states, stateEntrySchema, (e) => e.code);
  const topics = readCatalog(dir, CATALOG_FILES.topics, topicEntrySchema, (e) => e.id);
  const testimonyCategories = readCatalog(dir, CATALOG_FILES.testimonyCategories, testimonyCategoryEntrySchema, (e) => e.id);

  // A language pointing at a state the regions catalog lacks would give a filter with no label.
  const stateCodes = new Set(states.map((s) => s.code));
  for (const [i, lang] of languages.entries()) {
    const missing = lang.states.filter((code) => !stateCodes.has(code));
    if (missing.length > 0) {
      const where = path.join(dir, CATALOG_FILES.languages);
      throw new Error(
        `Invalid catalog ${where}: entry ${i} (${lang.code}) names state(s) ${missing.join(', ')} not found in ${CATALOG_FILES.states}.`,
      );
    }
  }
  return { languages, states, topics, testimonyCategories };
}

export function indexCatalogs(c: LoadedCatalogs): CatalogIndex {
  return {
    languages: new Map(c.languages.map((e) => [e.code, e])),
    states: new Map(c.states.map((e) => [e.code, e])),
    topics: new Map(c.topics.map((e) => [e.id, e])),
    testimonyCategories: new Map(c.testimonyCategories.map((e) => [e.id, e])),
  };
}

function readCatalog<T extends z.ZodType>(
  dir: string,
  file: string,
  entrySchema: T,
  keyOf: (entry: z.output<T>) => string,
): z.output<T>[] {
  const where = path.join(dir, file);
  let text: string;
  try {
    text = readFileSync(where, 'utf8');
  } catch (err) {
    throw new Error(`Cannot read catalog ${where}: ${errorMessage(err)}`, { cause: err });
  }

  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw new Error(`Invalid catalog ${where}: not valid JSON (${errorMessage(err)}).`, { cause: err });
  }

  const parsed = z.array(entrySchema).min(1).safeParse(raw);
  if (!parsed.success) {
    throw new Error(`Invalid catalog ${where}: ${describeIssues(parsed.error.issues)}`);
  }

  const seen = new Map<string, number>();
  for (const [i, entry] of parsed.data.entries()) {
    const key = keyOf(entry);
    const first = seen.get(key);
    if (first !== undefined) {
      throw new Error(`Invalid catalog ${where}: duplicate key "${key}" in entries ${first} and ${i}.`);
    }
    seen.set(key, i);
  }
  return parsed.data;
}

function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  const shown = issues.slice(0, MAX_REPORTED_ISSUES).map((issue) => {
    const at = issue.path.length > 0 ? issue.path.map(String).join('.') : '(root)';
    return `${at}: ${issue.message}`;
  });
  const more = issues.length > MAX_REPORTED_ISSUES ? `; and ${issues.length - MAX_REPORTED_ISSUES} more` : '';
  return `${shown.join('; ')}${more}.`;
}

function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

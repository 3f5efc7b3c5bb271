import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// Issue #11 / DESIGN.md §1 "one writer per table family": only electron/core/library writes the
// library's tables. Packs and recording once carried their own INSERTs and a copied reindex; this
// keeps a third copy from creeping back.
const core = path.resolve(import.meta.dirname, '../../../../electron/core');
const LIBRARY_TABLES = ['segments', 'segments_fts', 'versions', 'assets', 'version_regions', 'segment_topics'];
const WRITE = new RegExp(`\\b(?:INSERT(?:\\s+OR\\s+\\w+)?\\s+INTO|UPDATE|DELETE\\s+FROM|REPLACE\\s+INTO)\\s+(${LIBRARY_TABLES.join('|')})\\b`, 'i');

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sources(full);
    return e.name.endsWith('.ts') ? [full] : [];
  });
}

describe('library/ is the only writer of segments, versions, assets and the search index', () => {
  it('finds the writes it looks for (the rule can fail)', () => {
    expect(WRITE.test("db.prepare('INSERT OR IGNORE INTO assets (id) VALUES (?)')")).toBe(true);
    expect(WRITE.test('UPDATE segments SET seq = 1')).toBe(true);
    expect(WRITE.test('INSERT INTO segments_map (x) VALUES (1)')).toBe(false);
  });

  it('no file outside electron/core/library (and the schema migrations) writes them', () => {
    const offenders = sources(core)
      .filter((file) => !file.startsWith(path.join(core, 'library') + path.sep) && !file.includes(`${path.sep}db${path.sep}`))
      .filter((file) => WRITE.test(fs.readFileSync(file, 'utf8')))
      .map((file) => path.relative(core, file));
    expect(offenders).toEqual([]);
  });
});

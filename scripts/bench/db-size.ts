// Where a benchmark database's bytes are (issue #16 asks how big the library is at 10⁵ segments).
import fs from 'node:fs';
import type { Database } from '../../electron/core/db/database.ts';

const MB = 1e6;

export function fileMb(file: string): number {
  return fs.existsSync(file) ? Math.round(fs.statSync(file).size / MB) : 0;
}

interface PageRow {
  name: string;
  bytes: number;
}

/**
 * Megabytes per table of `schema`, each with its indexes, and an FTS5 table with its shadow tables
 * (`segments_fts_data`, `_idx`, `_docsize`, `_config`), largest first; tables under half a megabyte
 * are left out. Null when SQLite was built without the dbstat virtual table.
 */
export function tableSizesMb(db: Database, schema = 'main'): Record<string, number> | null {
  let rows: PageRow[];
  try {
    rows = db.prepare(`SELECT name, sum(pgsize) AS bytes FROM dbstat(?) GROUP BY name`).all(schema) as PageRow[];
  } catch {
    return null;
  }
  const owners = new Map(
    (db.prepare(`SELECT name, tbl_name FROM "${schema}".sqlite_schema`).all() as { name: string; tbl_name: string }[]).map((r) => [r.name, r.tbl_name]),
  );
  const virtualTables = (db.prepare(`SELECT name FROM "${schema}".sqlite_schema WHERE sql LIKE 'CREATE VIRTUAL TABLE%'`).pluck().all() as string[]);
  const ownerOf = (name: string): string => {
    const shadowOf = virtualTables.find((v) => name.startsWith(`${v}_`));
    return shadowOf ?? owners.get(name) ?? name;
  };
  const totals = new Map<string, number>();
  for (const { name, bytes } of rows) totals.set(ownerOf(name), (totals.get(ownerOf(name)) ?? 0) + bytes);
  return Object.fromEntries(
    [...totals]
      .filter(([, bytes]) => bytes >= MB / 2)
      .sort((a, b) => b[1] - a[1])
      .map(([name, bytes]) => [name, Math.round((bytes / MB) * 10) / 10]),
  );
}

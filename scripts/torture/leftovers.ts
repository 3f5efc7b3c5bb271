import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { renderTempOwner } from '../../electron/core/audio/edit/render-temps.ts';

/*
 * What interrupted work can leave in a data folder (issue #12 "no temp or orphan file left after the
 * next start"): the store's tmp/ (ingests, pack staging), browser uploads in incoming/, `.part`
 * files and render temporaries, hidden export/feed staging folders, and originals in the store that
 * no asset row names (a file committed, then the process killed before its row).
 */
export interface Leftovers {
  tmp: string[];
  uploads: string[];
  partial: string[];
  staging: string[];
  orphanOriginals: string[];
}

export const leftoverCount = (l: Leftovers): number => l.tmp.length + l.uploads.length + l.partial.length + l.staging.length + l.orphanOriginals.length;

function walk(dir: string): { file: string; isDir: boolean }[] {
  const entries = fs.readdirSync(dir, { withFileTypes: true, recursive: true });
  return entries.map((e) => ({ file: path.join(e.parentPath, e.name), isDir: e.isDirectory() }));
}

export function findLeftovers(dataDir: string): Leftovers {
  const found: Leftovers = { tmp: [], uploads: [], partial: [], staging: [], orphanOriginals: [] };
  const rel = (f: string) => path.relative(dataDir, f);
  for (const { file, isDir } of walk(dataDir)) {
    const name = path.basename(file);
    const top = rel(file).split(path.sep)[0];
    if (isDir) {
      if (/^\.(cabina-export|feed)-/.test(name)) found.staging.push(rel(file));
      continue;
    }
    if (top === 'tmp') found.tmp.push(rel(file));
    else if (top === 'incoming') found.uploads.push(rel(file));
    else if (name.endsWith('.part') || renderTempOwner(name) !== null) found.partial.push(rel(file));
  }
  const originals = path.join(dataDir, 'store', 'originals');
  const dbPath = path.join(dataDir, 'cabina.db');
  if (fs.existsSync(originals) && fs.existsSync(dbPath)) {
    const db = new Database(dbPath, { readonly: true, fileMustExist: true });
    try {
      const known = new Set(db.prepare('SELECT id FROM assets').pluck().all() as string[]);
      for (const { file, isDir } of walk(originals)) if (!isDir && !known.has(path.basename(file).split('.')[0] ?? '')) found.orphanOriginals.push(rel(file));
    } finally {
      db.close();
    }
  }
  return found;
}

/** Ages every leftover by `ms`, as if the next start came that much later (the sweeps keep young files). */
export function ageLeftovers(dataDir: string, l: Leftovers, ms: number): void {
  const when = new Date(Date.now() - ms);
  for (const f of [...l.tmp, ...l.uploads, ...l.partial, ...l.orphanOriginals]) fs.utimesSync(path.join(dataDir, f), when, when);
}

/** `PRAGMA integrity_check` of the database as the killed process left it (WAL included). */
export function integrityCheck(dataDir: string): string {
  const dbPath = path.join(dataDir, 'cabina.db');
  if (!fs.existsSync(dbPath)) return 'no database yet';
  const db = new Database(dbPath, { fileMustExist: true });
  try {
    return (db.pragma('integrity_check', { simple: true }) as string) ?? 'no answer';
  } finally {
    db.close();
  }
}

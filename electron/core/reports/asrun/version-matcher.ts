import type { Database } from '../../db/database.ts';
import { foldForSearch, searchTokens } from '../../../../shared/text/fold.ts';
import { versionCode } from '../../schedule/exports/playlist-formats.ts';

/** Titles compare as search compares them: folded, then as words (so "Migración_segura" meets "migracion segura"). */
export function titleKey(text: string): string {
  return searchTokens(foldForSearch(text)).join(' ');
}

/** `<cart>-<title>-<code>.<ext>` as schedule exports write it (playlist-formats.ts audioFileName). */
const EXPORT_NAME = /^\d{6}-.*-([0-9a-f]{8})\.[a-z0-9]{2,5}$/i;

const withoutExt = (name: string) => name.replace(/\.[a-z0-9]{2,5}$/i, '');

interface VersionRow {
  id: string;
  title: string;
}

/**
 * Finds the Cabina version a log line names: first by the version code in the file names Cabina's
 * exports write (the exact version that aired), then by the segment title folded as search folds —
 * only when that title names one version, since two language versions of one segment share it.
 * Finally by what the user decided for the same text before (linked or ignored), so one decision
 * serves every later import.
 */
export class VersionMatcher {
  readonly #byCode = new Map<string, string | null>();
  readonly #byTitle = new Map<string, string | null>();
  readonly #decided = new Map<string, { status: 'matched' | 'ignored'; versionId: string | null }>();

  constructor(db: Database) {
    const rows = db.prepare('SELECT v.id, s.title FROM versions v JOIN segments s ON s.id = v.segment_id').all() as VersionRow[];
    const put = (map: Map<string, string | null>, key: string, id: string) => map.set(key, map.has(key) && map.get(key) !== id ? null : id);
    for (const r of rows) {
      put(this.#byCode, versionCode(r.id), r.id);
      const key = titleKey(r.title);
      if (key) put(this.#byTitle, key, r.id);
    }
    const decided = db
      .prepare(`SELECT title, status, version_id FROM report_asrun WHERE source = 'log' AND status != 'unmatched' ORDER BY aired_at`)
      .all() as { title: string; status: 'matched' | 'ignored'; version_id: string | null }[];
    for (const d of decided) this.#decided.set(d.title, { status: d.status, versionId: d.version_id });
  }

  match(name: string): { status: 'matched' | 'unmatched' | 'ignored'; versionId: string | null } {
    const code = EXPORT_NAME.exec(name)?.[1]?.toLowerCase();
    const byCode = code ? this.#byCode.get(code) : undefined;
    if (byCode) return { status: 'matched', versionId: byCode };
    const byTitle = this.#byTitle.get(titleKey(withoutExt(name)));
    if (byTitle) return { status: 'matched', versionId: byTitle };
    const decided = this.#decided.get(name);
    if (decided && (decided.status === 'ignored' || decided.versionId)) return decided;
    return { status: 'unmatched', versionId: null };
  }
}

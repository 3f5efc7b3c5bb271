import { createHash } from 'node:crypto';
import type { ReceiptAiring, ReceiptItem } from '../../../../shared/domain/receipt.ts';
import { instantToWall, pad2, wallToInstantShifting } from '../../../../shared/time/zoned-time.ts';
import { EDITED_DURATION_SQL } from '../../audio/edit/version-source.ts';
import type { Database } from '../../db/database.ts';

/*
 * What this station aired of pack content between two station-zone dates (issue #13 §2): desk
 * marks from Al aire (schedule_asrun) and matched or confirmed lines (report_asrun). Local
 * segments are the station's own business and never leave in a receipt.
 */

interface AiringRow {
  source: 'desk' | 'log' | 'confirmed';
  row_id: string;
  aired_at: string;
  seconds: number | null;
  edited_sec: number;
  language_code: string | null;
  position: number;
  pack_segment_id: string;
  segment_version: number;
  pack_id: string;
  pack_version: number;
}

const PACK_JOIN = `
  JOIN versions v ON v.id = x.version_id
  JOIN assets a ON a.id = v.asset_id
  JOIN segments s ON s.id = v.segment_id AND s.origin_kind = 'pack'
  JOIN pack_segment_map m ON m.segment_id = s.id`;

const SQL = `
  SELECT * FROM (
    SELECT 'desk' AS source, x.id AS row_id, x.at AS aired_at, NULL AS seconds, ${EDITED_DURATION_SQL} AS edited_sec,
           v.language_code, v.position, m.pack_segment_id, m.version AS segment_version, m.pack_id, m.pack_version
      FROM schedule_asrun x ${PACK_JOIN}
     WHERE x.status IN ('aired', 'played') AND x.at >= ? AND x.at < ?
    UNION ALL
    SELECT x.source, x.id, x.aired_at, x.seconds, ${EDITED_DURATION_SQL},
           v.language_code, v.position, m.pack_segment_id, m.version, m.pack_id, m.pack_version
      FROM report_asrun x ${PACK_JOIN}
     WHERE x.status = 'matched' AND x.aired_at >= ? AND x.aired_at < ?
  ) ORDER BY aired_at, row_id`;

/** The UTC instant a station-zone date starts (a gap at midnight moves forward, as the clock does). */
export function dayStart(timeZone: string, date: string): string {
  return new Date(wallToInstantShifting(timeZone, { date, minutes: 0 }).ms).toISOString();
}

function localStamp(timeZone: string, iso: string): string {
  const wall = instantToWall(timeZone, Date.parse(iso));
  return `${wall.date}T${pad2(Math.floor(wall.minutes / 60))}:${pad2(wall.minutes % 60)}`;
}

export interface StationAirings {
  items: ReceiptItem[];
  airings: ReceiptAiring[];
}

/** `toDate` is inclusive. `fingerprint` salts the airing keys, so two stations never share one. */
export function stationAirings(db: Database, q: { timeZone: string; fromDate: string; toDateExclusive: string; fingerprint: string }): StationAirings {
  const from = dayStart(q.timeZone, q.fromDate);
  const to = dayStart(q.timeZone, q.toDateExclusive);
  const rows = db.prepare(SQL).all(from, to, from, to) as AiringRow[];
  const items: ReceiptItem[] = [];
  const itemIndex = new Map<string, number>();
  const airings: ReceiptAiring[] = [];
  for (const r of rows) {
    // A version without a language cannot be reported by language; it is still an airing of "und".
    const language = r.language_code ?? 'und';
    const id = `${r.pack_id}|${r.pack_version}|${r.pack_segment_id}|${r.segment_version}|${r.position}|${language}`;
    let item = itemIndex.get(id);
    if (item === undefined) {
      item = items.length;
      itemIndex.set(id, item);
      items.push({ packId: r.pack_id, packVersion: r.pack_version, segmentId: r.pack_segment_id, segmentVersion: r.segment_version, versionIndex: r.position, language });
    }
    const key = createHash('sha256').update(`${q.fingerprint}:${r.source}:${r.row_id}`).digest('hex').slice(0, 20);
    const seconds = Math.round((r.seconds ?? r.edited_sec) * 10) / 10;
    airings.push({ key, item, airedAt: new Date(r.aired_at).toISOString(), airedLocal: localStamp(q.timeZone, r.aired_at), seconds, source: r.source });
  }
  return { items, airings };
}

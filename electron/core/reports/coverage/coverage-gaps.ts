import type { Database } from '../../db/database.ts';
import { timed } from '../../db/database.ts';
import type { CoverageGaps } from '../../../../shared/api/methods/coverage.ts';
import { addDays } from './coverage-source.ts';

const WINDOW_DAYS = 30;

/**
 * What needs a program officer's attention (issue #13 §3 "gaps"). Reads only the small
 * last-aired tables refreshCoverage() keeps, plus 30 days of coverage_days.
 * "Still scheduled" at IREX means still airing: a segment whose validity ends within the window
 * that some station aired in the last 30 days (IREX cannot see the stations' schedules).
 */
export function coverageGaps(db: Database, today: Date): CoverageGaps {
  return timed(db, 'coverage.gaps', () => {
    const asOf = today.toISOString().slice(0, 10);
    const since = addDays(asOf, -WINDOW_DAYS);
    const until = addDays(asOf, WINDOW_DAYS);
    const packs = db
      .prepare('SELECT pack_id AS packId, max(last_day) AS lastDay FROM coverage_items GROUP BY 1 HAVING max(last_day) < ? ORDER BY lastDay, packId')
      .all(since) as CoverageGaps['packs'];
    // Versions the library published in a pack but nobody ever aired count too (lastDay null).
    // Published versions first (CROSS JOIN keeps that order) and each checked by its segment: the
    // planner's own choice walked every version and, per version, all items of its language (100 ms).
    const versions = db
      .prepare(
        `SELECT pack_id AS packId, segment_id AS segmentId, language, g.title AS title, last_day AS lastDay
         FROM coverage_items LEFT JOIN segments g ON g.id = segment_id WHERE last_day < @since
         UNION ALL
         SELECT '' AS packId, v.segment_id, v.language_code, g.title, NULL
         FROM pack_published p CROSS JOIN versions v ON v.segment_id = p.segment_id JOIN segments g ON g.id = p.segment_id
         WHERE v.language_code IS NOT NULL
           AND NOT EXISTS (SELECT 1 FROM coverage_items l INDEXED BY coverage_items_segment WHERE l.segment_id = v.segment_id AND l.language = v.language_code)
         ORDER BY lastDay, segmentId LIMIT 500`,
      )
      .all({ since }) as CoverageGaps['versions'];
    const stations = db
      .prepare(
        `SELECT s.fingerprint, s.name, s.state_code AS stateCode, l.last_day AS lastDay
         FROM report_stations s LEFT JOIN coverage_station_keys l ON l.fingerprint = s.fingerprint
         WHERE l.last_day IS NULL OR l.last_day < ? ORDER BY lastDay, s.name`,
      )
      .all(since) as CoverageGaps['stations'];
    const expiringSegments = db
      .prepare(
        `SELECT g.id AS segmentId, g.title, g.valid_until AS validUntil FROM segments g
         WHERE g.valid_until IS NOT NULL AND substr(g.valid_until, 1, 10) <= @until
           AND EXISTS (SELECT 1 FROM coverage_items l WHERE l.segment_id = g.id AND l.last_day >= @since)
         ORDER BY g.valid_until, g.title`,
      )
      .all({ since, until }) as Array<Omit<CoverageGaps['expiring'][number], 'stations'>>;
    // One scan of the window for all of them (one per segment read the 30 days again each: 1 s at 2.9 M).
    const stationsBySegment = new Map(
      (expiringSegments.length === 0
        ? []
        : (db
            .prepare(
              `SELECT i.segment_id AS segmentId, count(DISTINCT d.station) AS stations FROM coverage_days d JOIN coverage_items i ON i.id = d.item
               WHERE d.day >= @since AND d.item IN (SELECT id FROM coverage_items WHERE segment_id IN (SELECT value FROM json_each(@ids))) GROUP BY 1`,
            )
            .all({ since, ids: JSON.stringify(expiringSegments.map((e) => e.segmentId)) }) as Array<{ segmentId: string; stations: number }>)
      ).map((r) => [r.segmentId, r.stations]),
    );
    const expiring = expiringSegments.map((e) => ({ ...e, stations: stationsBySegment.get(e.segmentId) ?? 0 }));
    return { asOf, packs, versions, stations, expiring };
  });
}

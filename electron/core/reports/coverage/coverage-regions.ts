import type { Database } from '../../db/database.ts';
import type { CoverageReport } from '../../../../shared/api/methods/coverage.ts';

type StateRow = CoverageReport['states'][number];

/**
 * Joins where content aired (station's state) with which tagged states it reached: a segment's
 * version in that language carries origin/destination regions in the library (at IREX the pack's
 * segment id is the library's own id). A segment unknown here has no tags and reaches nothing.
 */
export function regionReach(
  db: Database,
  aired: ReadonlyArray<{ stateCode: string; airings: number; stations: number }>,
  segments: ReadonlyArray<{ segmentId: string; language: string; airings: number }>,
): StateRow[] {
  const states = new Map<string, StateRow>();
  const get = (code: string): StateRow => {
    let row = states.get(code);
    if (!row) states.set(code, (row = { stateCode: code, airings: 0, stations: 0, originAirings: 0, destinationAirings: 0 }));
    return row;
  };
  for (const a of aired) Object.assign(get(a.stateCode), { airings: a.airings, stations: a.stations });
  const ids = [...new Set(segments.map((s) => s.segmentId))];
  const tags = db
    .prepare(
      `SELECT DISTINCT v.segment_id AS segmentId, v.language_code AS language, r.state_code AS stateCode, r.role
       FROM versions v JOIN version_regions r ON r.version_id = v.id
       WHERE v.segment_id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(ids)) as Array<{ segmentId: string; language: string | null; stateCode: string; role: string }>;
  const bySegment = new Map<string, typeof tags>();
  for (const tag of tags) {
    const key = `${tag.segmentId}\u0000${tag.language ?? ''}`;
    bySegment.set(key, [...(bySegment.get(key) ?? []), tag]);
  }
  for (const s of segments) {
    const own = bySegment.get(`${s.segmentId}\u0000${s.language}`) ?? [];
    // One version can tag a state twice (origin and any): it reaches the state once per role.
    const reach = new Map<string, { origin: boolean; destination: boolean }>();
    for (const tag of own) {
      const r = reach.get(tag.stateCode) ?? { origin: false, destination: false };
      if (tag.role !== 'destination') r.origin = true;
      if (tag.role !== 'origin') r.destination = true;
      reach.set(tag.stateCode, r);
    }
    for (const [code, r] of reach) {
      const row = get(code);
      if (r.origin) row.originAirings += s.airings;
      if (r.destination) row.destinationAirings += s.airings;
    }
  }
  return [...states.values()].sort((a, b) => a.stateCode.localeCompare(b.stateCode));
}

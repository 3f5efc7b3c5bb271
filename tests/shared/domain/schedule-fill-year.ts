// A seeded year of breaks, segments and campaigns shaped like the schedule bench's
// (scripts/bench/schedule-bench-data.ts) but built without a database, so a test can compare the
// fill's every placement and unmet period against what the code gave before a speed change.
import type { Campaign } from '../../../shared/domain/schedule.ts';
import type { FillBreak, FillInput, FillSegment, FillVersion } from '../../../shared/domain/schedule-fill.ts';
import { addDays, weekdayIndex } from '../../../shared/time/zoned-time.ts';

const LANGS = ['spa', 'mix', 'xty', 'zai', 'ngu'] as const;

function lcg(seed: number): () => number {
  let x = seed >>> 0;
  return () => {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    return x / 2 ** 32;
  };
}

/** UUID-shaped ids from the sequence: random-looking, so orders that break ties on ids are exercised. */
function idMaker(rnd: () => number): () => string {
  const hex = (n: number) => Array.from({ length: n }, () => Math.floor(rnd() * 16).toString(16)).join('');
  return () => `${hex(8)}-${hex(4)}-4${hex(3)}-8${hex(3)}-${hex(12)}`;
}

/** Whether program `p` airs on `date` (the bench's six recurrence shapes). */
function airs(p: number, date: string, from: string, dayIndex: number): boolean {
  const wd = weekdayIndex(date);
  switch (p % 6) {
    case 0:
      return wd < 5;
    case 1:
      return true;
    case 2:
      return wd >= 5;
    case 3:
      return wd === 2 && Math.floor(dayIndex / 7) % 2 === 0;
    case 4:
      return date.endsWith('-01');
    default:
      return wd === 0 || wd === 2 || wd === 4 || date < from;
  }
}

export function fillYear(from = '2026-01-05', days = 364, programs = 30, segmentCount = 2000, campaignCount = 20): FillInput {
  const rnd = lcg(20_261_204);
  const id = idMaker(rnd);
  const to = addDays(from, days - 1);
  const breaks: FillBreak[] = [];
  const existing: { segmentId: string; startMs: number }[] = [];
  const segmentIds: string[] = [];
  const segments = new Map<string, FillSegment>();
  for (let i = 0; i < segmentCount; i += 1) {
    const versions: FillVersion[] = [];
    const count = 1 + Math.floor(rnd() * 3);
    for (let v = 0; v < count; v += 1) {
      // One version in fifty lacks its audio, so "no_audio" is reported somewhere.
      versions.push({ id: id(), languageCode: LANGS[(i + v) % LANGS.length] ?? 'spa', states: [rnd() < 0.5 ? '20' : '12'], durationSec: 20 + Math.floor(rnd() * 40), hasAudio: rnd() > 0.02 });
    }
    const segId = id();
    const until = rnd() < 0.1 ? addDays(from, Math.floor(rnd() * days)) : null;
    const validFrom = rnd() < 0.05 ? addDays(from, Math.floor(rnd() * days)) : null;
    segments.set(segId, { id: segId, title: `Segmento ${i}`, validFrom, validUntil: until, versions });
    segmentIds.push(segId);
  }
  for (let d = 0; d < days; d += 1) {
    const date = addDays(from, d);
    const midnight = Date.parse(`${date}T00:00:00-06:00`);
    for (let p = 0; p < programs; p += 1) {
      if (!airs(p, date, from, d)) continue;
      const startMin = (5 + (p % 18)) * 60 + (p % 2 === 0 ? 0 : 30);
      const durationMin = 30 + (p % 3) * 30;
      // Some programs run past midnight, so a break's instant can be after the next day's first.
      const wall = startMin + Math.floor(durationMin / 2) + (p % 7 === 3 ? 19 * 60 : 0);
      const startMs = midnight + wall * 60_000;
      const usedSec = rnd() < 0.1 ? 60 + Math.floor(rnd() * 100) : 0;
      const languages = [LANGS[p % LANGS.length] ?? 'spa', 'spa'].filter((l, k, a) => a.indexOf(l) === k);
      breaks.push({ id: id(), date, wallMin: wall % 1440, startMs, capacitySec: 180, usedSec, languages });
      if (usedSec > 0) existing.push({ segmentId: segmentIds[Math.floor(rnd() * segmentCount)] ?? '', startMs });
    }
  }
  const campaigns: Campaign[] = Array.from({ length: campaignCount }, (_, i) => ({
    id: id(),
    name: `Campaña ${i}`,
    segmentIds: Array.from({ length: 5 + (i % 16) }, () => segmentIds[Math.floor(rnd() * segmentCount)] ?? ''),
    playsPerDay: i % 2 === 0 ? 2 + (i % 3) : null,
    playsPerWeek: i % 2 === 0 ? null : 10,
    dayparts: i % 3 === 0 ? [{ start: '06:00', end: '10:00' }] : i % 7 === 1 ? [{ start: '22:00', end: '02:00' }] : [],
    languages: i % 4 === 0 ? ['mix', 'spa'] : [],
    regions: i % 5 === 0 ? ['20'] : [],
    minSeparationMin: 60 + (i % 4) * 30,
    // Staggered starts and ends (one before the range), so campaign order and clipped periods matter.
    startDate: i === 19 ? addDays(from, -10) : addDays(from, (i % 5) * 3),
    endDate: addDays(from, days - 1 - (i % 4) * 20),
  }));
  return { from, to, breaks, campaigns, segments, existing };
}

// Synthetic station data for the schedule benchmark (issue #5): segments in the languages a
// Oaxaca/Guerrero station serves, 30 programs with the recurrence shapes stations use, 20 campaigns.
import type { Database } from '../../electron/core/db/database.ts';
import { writeTransaction } from '../../electron/core/db/database.ts';
import type { CampaignInput, ProgramInput } from '../../shared/domain/schedule.ts';
import { addDays } from '../../shared/time/zoned-time.ts';

const LANGS = ['spa', 'mix', 'xty', 'zai', 'ngu'] as const;
const RULES = ['FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR', 'FREQ=DAILY', 'FREQ=WEEKLY;BYDAY=SA,SU', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=WE', 'FREQ=MONTHLY;BYMONTHDAY=1', 'FREQ=WEEKLY;BYDAY=MO,WE,FR'] as const;

/** A deterministic pseudo-random sequence, so every run benchmarks the same data. */
export function lcg(seed: number): () => number {
  let x = seed >>> 0;
  return () => {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    return x / 2 ** 32;
  };
}

/**
 * UUID-shaped ids from a seeded sequence: the fill breaks ties by id, so random ids made every run
 * place a different number of spots (10.7k–11.5k) and the timings compared different work.
 */
const HEX = '0123456789abcdef';

export function seededIds(seed: number): () => string {
  const rnd = lcg(seed);
  // A plain loop: the bench times the breaks it seeds, and an array per id cost it ~25 ms a year.
  const hex = (n: number) => {
    let out = '';
    for (let k = 0; k < n; k += 1) out += HEX.charAt(Math.floor(rnd() * 16));
    return out;
  };
  return () => `${hex(8)}-${hex(4)}-4${hex(3)}-8${hex(3)}-${hex(12)}`;
}

export function seedSegments(db: Database, count: number, from: string): string[] {
  const rnd = lcg(7);
  const nextId = seededIds(17);
  const ids: string[] = [];
  const now = '2026-01-01T00:00:00.000Z';
  writeTransaction(db, () => {
    const seg = db.prepare('INSERT INTO segments (id, title, status, valid_from, valid_until, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)');
    const asset = db.prepare(
      `INSERT INTO assets (id, original_name, ext, size_bytes, duration_sec, container, codec, sample_rate, channels, bits_per_sample, bit_rate, preview_ext, imported_at)
       VALUES (?, ?, 'mp3', 1000, ?, 'mp3', 'mp3', 44100, 1, NULL, 64000, NULL, ?)`,
    );
    const version = db.prepare('INSERT INTO versions (id, segment_id, position, language_code, asset_id, created_at) VALUES (?, ?, ?, ?, ?, ?)');
    const region = db.prepare(`INSERT INTO version_regions (version_id, position, state_code, role) VALUES (?, 0, ?, 'any')`);
    for (let i = 0; i < count; i += 1) {
      const id = nextId();
      // One in ten expires mid-year (minimum wage facts), so validity checks have work to do.
      const until = rnd() < 0.1 ? addDays(from, Math.floor(rnd() * 364)) : null;
      seg.run(id, `Segmento ${i}`, 'approved', null, until, now, now);
      const versions = 1 + Math.floor(rnd() * 3);
      for (let v = 0; v < versions; v += 1) {
        const assetId = `${i.toString(16).padStart(8, '0')}${v}`.padEnd(64, 'c');
        asset.run(assetId, `s${i}-${v}.mp3`, 20 + Math.floor(rnd() * 40), now);
        const versionId = nextId();
        version.run(versionId, id, v, LANGS[(i + v) % LANGS.length] ?? 'spa', assetId, now);
        region.run(versionId, rnd() < 0.5 ? '20' : '12');
      }
      ids.push(id);
    }
  });
  return ids;
}

export function programInputs(count: number, from: string): ProgramInput[] {
  const nextId = seededIds(19);
  return Array.from({ length: count }, (_, i) => ({
    id: nextId(),
    title: `Programa ${i}`,
    languages: [LANGS[i % LANGS.length] ?? 'spa', 'spa'].filter((l, k, a) => a.indexOf(l) === k),
    rrule: RULES[i % RULES.length] ?? 'FREQ=DAILY',
    startDate: from,
    startTime: `${String(5 + (i % 18)).padStart(2, '0')}:${i % 2 === 0 ? '00' : '30'}`,
    durationMin: 30 + (i % 3) * 30,
  }));
}

export function campaignInputs(count: number, segmentIds: readonly string[], from: string): CampaignInput[] {
  const rnd = lcg(11);
  const nextId = seededIds(23);
  return Array.from({ length: count }, (_, i) => ({
    id: nextId(),
    name: `Campaña ${i}`,
    segmentIds: Array.from({ length: 5 + (i % 16) }, () => segmentIds[Math.floor(rnd() * segmentIds.length)] ?? ''),
    playsPerDay: i % 2 === 0 ? 2 : null,
    playsPerWeek: i % 2 === 0 ? null : 10,
    dayparts: i % 3 === 0 ? [{ start: '06:00', end: '10:00' }] : [],
    languages: i % 4 === 0 ? ['mix', 'spa'] : [],
    regions: i % 5 === 0 ? ['20'] : [],
    minSeparationMin: 90,
    startDate: from,
    endDate: addDays(from, 363),
  }));
}

/** One 3-minute spot break in the middle of every airing: what auto-fill places campaigns into. */
export function seedBreaks(db: Database, instanceIds: readonly string[]): void {
  const nextId = seededIds(29);
  writeTransaction(db, () => {
    const insert = db.prepare(`INSERT INTO schedule_items (id, instance_id, position, kind, title, duration_sec) VALUES (?, ?, 0, 'spot_break', 'Corte', 180)`);
    for (const id of instanceIds) insert.run(nextId(), id);
  });
}

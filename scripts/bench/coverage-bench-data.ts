import { createHash } from 'node:crypto';
import type { Database } from '../../electron/core/db/database.ts';

/**
 * A year at IREX (issue #13 "Scale"): 200 stations × 365 days × 40 airings = 2.92 M rows in
 * report_airings, inserted as the receipts importer would (the rollup trigger runs on each).
 * Realistic rotation: 12 packs × 20 segments; each station serves Spanish and one of 11 Indigenous
 * languages and airs a rotating set of 8 campaign segments a week, several times a day.
 */
export const BENCH = { stations: 200, days: 365, perDay: 40, packs: 12, segmentsPerPack: 20, from: '2026-01-01' };
const LANGS = ['spa', 'xty', 'zap', 'mix', 'tzo', 'tzh', 'nah', 'maya', 'oto', 'tar', 'mxe', 'chol'].map((l) => l.slice(0, 3));

export function seedLibrary(db: Database): void {
  const now = '2026-01-01T00:00:00Z';
  db.prepare(`INSERT INTO assets (id, original_name, ext, size_bytes, duration_sec, container, codec, sample_rate, channels, imported_at) VALUES ('a0','a.wav','wav',1,1,'wav','pcm',48000,1,?)`).run(now);
  const topics = ['trabajo', 'documentos', 'salud', 'derechos'];
  db.transaction(() => {
    for (let p = 0; p < BENCH.packs; p += 1) {
      for (let s = 0; s < BENCH.segmentsPerPack; s += 1) {
        const id = `seg-${p}-${s}`;
        db.prepare('INSERT INTO segments (id, title, valid_until, created_at, updated_at) VALUES (?, ?, ?, ?, ?)').run(id, `Segmento ${p}.${s}`, s === 0 ? '2027-01-10' : null, now, now);
        db.prepare('INSERT INTO segment_topics VALUES (?, ?)').run(id, topics[(p + s) % topics.length]);
        LANGS.forEach((language, i) => {
          db.prepare('INSERT INTO versions (id, segment_id, position, language_code, asset_id, created_at) VALUES (?, ?, ?, ?, ?, ?)').run(`${id}-${language}`, id, i, language, 'a0', now);
          const state = String(((p * 7 + s + i) % 32) + 1).padStart(2, '0');
          db.prepare('INSERT INTO version_regions (version_id, position, state_code, role) VALUES (?, 0, ?, ?)').run(`${id}-${language}`, state, i % 2 === 0 ? 'origin' : 'destination');
        });
      }
    }
  })();
}

/**
 * `days` days of airings from `from` for every station (stations and receipts created on first use),
 * one transaction per station's receipt; `afterStation` runs inside it, as the importer's refresh does.
 */
export function seedAirings(db: Database, from: string, days: number, afterStation?: (fingerprint: string, from: string, to: string) => void): { rows: number } {
  const now = '2026-01-01T00:00:00Z';
  const insert = db.prepare(
    `INSERT INTO report_airings (station_fingerprint, airing_key, receipt_id, pack_id, pack_version, segment_id, version_id, language, aired_at, aired_day, seconds, source)
     VALUES (?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, 'desk')`,
  );
  const start = Date.parse(`${from}T00:00:00Z`);
  let rows = 0;
  for (let st = 0; st < BENCH.stations; st += 1) {
    const fp = createHash('sha256').update(`station-${st}`).digest('hex');
    const state = String((st % 32) + 1).padStart(2, '0');
    db.prepare(`INSERT OR IGNORE INTO report_stations (fingerprint, name, state_code, time_zone, public_key_pem, added_at) VALUES (?, ?, ?, 'America/Mexico_City', 'pem', ?)`).run(fp, `Radio ${st}`, state, now);
    const receipt = `receipt-${st}-${from}`;
    db.prepare(`INSERT INTO report_receipts VALUES (?, ?, ?, '2026-01-01', '2026-12-31', ?, ?, 0, 0)`).run(receipt, fp, createHash('sha256').update(receipt).digest('hex'), now, now);
    const own = LANGS[1 + (st % (LANGS.length - 1))] ?? 'xty';
    db.transaction(() => {
      for (let d = 0; d < days; d += 1) {
        const day = new Date(start + d * 86_400_000).toISOString().slice(0, 10);
        const week = Math.floor(d / 7);
        for (let k = 0; k < BENCH.perDay; k += 1) {
          const slot = (st + week * 3 + (k % 8)) % (BENCH.packs * BENCH.segmentsPerPack);
          const pack = Math.floor(slot / BENCH.segmentsPerPack);
          const segment = `seg-${pack}-${slot % BENCH.segmentsPerPack}`;
          const language = k % 2 === 0 ? 'spa' : own;
          const minute = 360 + k * 25;
          const at = `${day}T${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}:00Z`;
          insert.run(fp, `${day}-${k}`, receipt, `pack-${pack}`, segment, `${segment}-${language}`, language, at, day, 45 + (k % 5) * 15);
          rows += 1;
        }
      }
      afterStation?.(fp, from, new Date(start + (days - 1) * 86_400_000).toISOString().slice(0, 10));
    })();
  }
  return { rows };
}

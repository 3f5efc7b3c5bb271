import { createHash } from 'node:crypto';
import type { Database } from '../../../../../electron/core/db/database.ts';
import { refreshCoverage } from '../../../../../electron/core/reports/coverage/coverage-refresh.ts';

/**
 * Writes IREX-side rows straight into the tables the receipts importer fills (issue #13: that
 * importer is built in parallel), and library segments with tags, so coverage reads real SQLite.
 */
export function fingerprintOf(name: string): string {
  return createHash('sha256').update(name).digest('hex');
}

export class CoverageData {
  private receipts = new Set<string>();
  private airingSeq = 0;
  private readonly insertAiring;

  private readonly db: Database;

  constructor(db: Database) {
    this.db = db;
    this.insertAiring = db.prepare(
      `INSERT INTO report_airings (station_fingerprint, airing_key, receipt_id, pack_id, pack_version, segment_id, version_id, language, aired_at, aired_day, seconds, source)
       VALUES (@station, @key, @receipt, @pack, 1, @segment, @version, @language, @airedAt, @day, @seconds, 'desk')`,
    );
  }

  station(name: string, stateCode: string | null): string {
    const fingerprint = fingerprintOf(name);
    this.db
      .prepare(`INSERT INTO report_stations (fingerprint, name, state_code, time_zone, public_key_pem, added_at) VALUES (?, ?, ?, 'America/Mexico_City', 'pem', '2026-01-01T00:00:00Z')`)
      .run(fingerprint, name, stateCode);
    return fingerprint;
  }

  /** A library segment (the publisher's own id) with one version per language and its region tags. */
  segment(id: string, title: string, opts: { topics?: string[]; validUntil?: string; versions: Array<{ language: string; regions: Array<{ state: string; role: 'origin' | 'destination' | 'any' }> }> }): void {
    const now = '2026-01-01T00:00:00Z';
    this.db.prepare(`INSERT OR IGNORE INTO assets (id, original_name, ext, size_bytes, duration_sec, container, codec, sample_rate, channels, imported_at) VALUES ('a0', 'a.wav', 'wav', 1, 1, 'wav', 'pcm', 48000, 1, ?)`).run(now);
    this.db.prepare('INSERT INTO segments (id, title, valid_until, created_at, updated_at) VALUES (?, ?, ?, ?, ?)').run(id, title, opts.validUntil ?? null, now, now);
    for (const topic of opts.topics ?? []) this.db.prepare('INSERT INTO segment_topics VALUES (?, ?)').run(id, topic);
    opts.versions.forEach((v, i) => {
      const versionId = `${id}-${v.language}`;
      this.db.prepare('INSERT INTO versions (id, segment_id, position, language_code, asset_id, created_at) VALUES (?, ?, ?, ?, ?, ?)').run(versionId, id, i, v.language, 'a0', now);
      v.regions.forEach((r, j) => this.db.prepare('INSERT INTO version_regions (version_id, position, state_code, role) VALUES (?, ?, ?, ?)').run(versionId, j, r.state, r.role));
    });
  }

  airing(a: { station: string; pack: string; segment: string; language: string; day: string; seconds?: number; key?: string }): void {
    const receipt = `r-${a.station.slice(0, 8)}`;
    if (!this.receipts.has(receipt)) {
      this.db
        .prepare(`INSERT INTO report_receipts VALUES (?, ?, ?, '2026-01-01', '2026-12-31', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', 0, 0)`)
        .run(receipt, a.station, createHash('sha256').update(receipt).digest('hex'));
      this.receipts.add(receipt);
    }
    this.airingSeq += 1;
    this.insertAiring.run({
      station: a.station,
      key: a.key ?? `k${this.airingSeq}`,
      receipt,
      pack: a.pack,
      segment: a.segment,
      version: `${a.segment}-${a.language}`,
      language: a.language,
      airedAt: `${a.day}T15:00:00Z`,
      day: a.day,
      seconds: a.seconds ?? 60,
    });
    // As the receipts importer does after its batch (here one airing is the batch).
    refreshCoverage(this.db, { stationFingerprint: a.station, fromDay: a.day, toDay: a.day });
  }
}

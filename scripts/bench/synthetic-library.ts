import type { Database } from '../../electron/core/db/database.ts';
import type { CatalogIndex } from '../../electron/core/catalog/load-catalogs.ts';
import { buildSearchDocument } from '../../electron/core/library/search-document.ts';
import type { SegmentStatus } from '../../shared/domain/segment.ts';
import { FILLERS, LANGUAGES, SENTENCES, STATES, TITLE_TEMPLATES, TOPICS } from './synthetic-vocabulary.ts';

export type Rng = () => number;

/** mulberry32: a seeded generator so every bench run searches the same library. */
export function createRng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(rng: Rng, items: readonly T[]): T {
  const item = items[Math.floor(rng() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

export function syntheticCatalogs(): CatalogIndex {
  return {
    languages: new Map(LANGUAGES.map((l) => [l.code, l])),
    states: new Map(STATES.map((s) => [s.code, s])),
    topics: new Map(TOPICS.map((t) => [t.id, t])),
    // The search bench never tags testimonies; Voces' own bench loads the shipped catalog.
    testimonyCategories: new Map(),
  };
}

// Origin states of agricultural migration and the fields they travel to weigh more, as on air.
const REGION_POOL = ['12', '12', '20', '20', '20', '07', '13', '21', '25', '25', '26', '02', '02', '03', '14', ...STATES.map((s) => s.code)];
const STATUS_POOL: SegmentStatus[] = ['draft', 'draft', 'draft', 'ready', 'ready', 'approved', 'approved', 'approved', 'approved', 'archived'];

function fill(rng: Rng, template: string): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    if (key === 'state') return pick(rng, STATES).name;
    if (key === 'language') return pick(rng, LANGUAGES).nameEs;
    return pick(rng, FILLERS[key] ?? [key]);
  });
}

function shiftDays(date: string, days: number): string {
  const t = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

function distinct<T>(rng: Rng, items: readonly T[], count: number): T[] {
  const chosen = new Set<T>();
  while (chosen.size < count) chosen.add(pick(rng, items));
  return [...chosen];
}

export interface SyntheticOptions {
  count: number;
  /** Civil date the library is "as of": update times lie before it, validity windows around it. */
  today: string;
  seed?: number;
  /**
   * Also store each folded body in this table for the LIKE baseline, schema-qualified
   * ("baseline.bench_naive") so it can live in an attached file and not count in the library's size.
   */
  naiveTable?: string;
  batchSize?: number;
}

/**
 * Writes `count` segments straight into the schema-v1 tables in large transactions (the repository's
 * one-transaction-per-segment path is for users, not for 10⁵ rows), building each FTS document
 * with the same builder the app uses.
 */
export function fillSyntheticLibrary(db: Database, options: SyntheticOptions): void {
  const rng = createRng(options.seed ?? 20260101);
  const catalogs = syntheticCatalogs();
  const batchSize = options.batchSize ?? 5000;
  const todayMs = Date.parse(`${options.today}T12:00:00Z`);
  const stepMs = Math.floor((3 * 365 * 86_400_000) / options.count);
  const startMs = todayMs - (options.count + 1) * stepMs;
  if (options.naiveTable) {
    db.exec(`CREATE TABLE IF NOT EXISTS ${options.naiveTable} (seq INTEGER PRIMARY KEY, updated_at TEXT NOT NULL, body TEXT NOT NULL)`);
  }

  const insertAsset = db.prepare(`INSERT INTO assets (id, original_name, ext, size_bytes, duration_sec, container, codec,
    sample_rate, channels, bits_per_sample, bit_rate, preview_ext, imported_at) VALUES (?, ?, 'mp3', ?, ?, 'mp3', 'mp3', 44100, 1, NULL, 128000, NULL, ?)`);
  const insertSegment = db.prepare(`INSERT INTO segments (seq, id, title, description, status, valid_from, valid_until,
    license, producer, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'CC-BY-4.0', 'Radio Comunitaria', ?, ?)`);
  const insertTopic = db.prepare('INSERT INTO segment_topics (segment_id, topic_id) VALUES (?, ?)');
  const insertVersion = db.prepare(`INSERT INTO versions (id, segment_id, position, language_code, script, asset_id, created_at)
    VALUES (?, ?, ?, ?, ?, ?, ?)`);
  const insertRegion = db.prepare(`INSERT INTO version_regions (version_id, position, state_code, municipality_code, place, role)
    VALUES (?, ?, ?, NULL, ?, ?)`);
  const insertFts = db.prepare('INSERT INTO segments_fts (rowid, body, facets) VALUES (?, ?, ?)');
  const insertNaive = options.naiveTable ? db.prepare(`INSERT INTO ${options.naiveTable} (seq, updated_at, body) VALUES (?, ?, ?)`) : null;

  let assetCounter = 0;
  const writeOne = (seq: number): void => {
    const id = crypto.randomUUID();
    // seq is the recency key (schema v1): update times grow with it, creation came some time before.
    const updated = new Date(startMs + seq * stepMs);
    const created = new Date(updated.getTime() - Math.floor(rng() * 200 * 86_400_000));
    const status = pick(rng, STATUS_POOL);
    const validUntil = rng() < 0.4 ? shiftDays(options.today, Math.floor(rng() * 1095) - 365) : null;
    const validFrom = validUntil && rng() < 0.5 ? shiftDays(validUntil, -Math.floor(rng() * 365)) : null;
    const title = fill(rng, pick(rng, TITLE_TEMPLATES));
    const description = rng() < 0.5 ? fill(rng, pick(rng, SENTENCES)) : '';
    const topics = distinct(rng, TOPICS.map((t) => t.id), 1 + Math.floor(rng() * 3));
    insertSegment.run(seq, id, title, description, status, validFrom, validUntil, created.toISOString(), updated.toISOString());
    for (const topicId of topics) insertTopic.run(id, topicId);

    const roll = rng();
    const versionCount = roll < 0.75 ? 1 : roll < 0.95 ? 2 : 3;
    const versions = [];
    for (let position = 0; position < versionCount; position += 1) {
      const languageCode = position === 0 && rng() < 0.5 ? 'spa' : pick(rng, LANGUAGES).code;
      const sentences = 4 + Math.floor(rng() * 7);
      const script = Array.from({ length: sentences }, () => fill(rng, pick(rng, SENTENCES))).join(' ');
      const regions = distinct(rng, REGION_POOL, Math.floor(rng() * 3)).map((stateCode, i) => ({
        stateCode,
        place: rng() < 0.3 ? pick(rng, FILLERS.place ?? []) : null,
        role: i === 0 ? 'origin' : 'destination',
      }));
      assetCounter += 1;
      const assetId = assetCounter.toString(16).padStart(64, '0');
      insertAsset.run(assetId, `segmento-${assetCounter}.mp3`, 480_000 + Math.floor(rng() * 2_000_000), 30 + rng() * 240, created.toISOString());
      const versionId = crypto.randomUUID();
      insertVersion.run(versionId, id, position, languageCode, script, assetId, created.toISOString());
      regions.forEach((r, i) => insertRegion.run(versionId, i, r.stateCode, r.place, r.role));
      versions.push({ languageCode, script, regions });
    }
    const doc = buildSearchDocument({ title, description, status, validUntil, topics, versions }, catalogs);
    insertFts.run(seq, doc.body, doc.facets);
    insertNaive?.run(seq, updated.toISOString(), doc.body);
  };

  const writeBatch = db.transaction((from: number, to: number) => {
    for (let seq = from; seq < to; seq += 1) writeOne(seq);
  });
  for (let from = 1; from <= options.count; from += batchSize) {
    writeBatch(from, Math.min(options.count + 1, from + batchSize));
  }
  // Bulk writes leave many small FTS segments; merging them is what a long-lived library converges to.
  db.exec("INSERT INTO segments_fts (segments_fts) VALUES ('optimize'); ANALYZE;");
}

import { randomUUID } from 'node:crypto';
import type { PackManifest } from '../../../shared/domain/pack-manifest.ts';
import { resolve } from '../audio/edit-list.ts';
import { saveEditState } from '../audio/version-source.ts';
import type { CatalogIndex } from '../catalog/load-catalogs.ts';
import type { Database } from '../db/database.ts';
import { buildSearchDocument } from '../library/search-document.ts';
import { readSegment, segmentRowById } from '../library/segment-rows.ts';
import { chooseAudio, type PlanItem } from './pack-plan.ts';

export interface WriteImportInput {
  manifest: PackManifest;
  items: readonly PlanItem[];
  /** pack path → script text. */
  scripts: ReadonlyMap<string, string>;
  /** Assets whose files are already committed to the store (sha256 → extension). */
  now: string;
}

/**
 * Writes an import's rows — assets, segments (origin 'pack'), versions, regions, topics, FTS rows,
 * the pack mapping — and archives superseded segments. Must run inside the caller's one write
 * transaction; the audio files are already in the store, so a rollback leaves only orphan files.
 */
export function writeImportRows(db: Database, catalogs: CatalogIndex, input: WriteImportInput): string[] {
  const { manifest, now } = input;
  const insertAsset = db.prepare(
    `INSERT OR IGNORE INTO assets (id, original_name, ext, size_bytes, duration_sec, container, codec, sample_rate,
       channels, bits_per_sample, bit_rate, preview_ext, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?)`,
  );
  const insertSegment = db.prepare(
    `INSERT INTO segments (id, title, description, status, valid_from, valid_until, license, producer, consent_notes,
       origin_kind, origin_pack_id, origin_pack_version, created_at, updated_at) VALUES (?, ?, ?, 'ready', ?, ?, ?, ?, ?, 'pack', ?, ?, ?, ?)`,
  );
  const insertVersion = db.prepare('INSERT INTO versions (id, segment_id, position, language_code, script, asset_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const insertRegion = db.prepare('INSERT INTO version_regions (version_id, position, state_code, municipality_code, place, role) VALUES (?, ?, ?, ?, ?, ?)');
  const insertTopic = db.prepare('INSERT OR IGNORE INTO segment_topics (segment_id, topic_id) VALUES (?, ?)');
  const insertMap = db.prepare(
    `INSERT INTO pack_segment_map (pack_segment_id, version, segment_id, pack_id, pack_version, publisher_fingerprint, publisher_name, imported_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const created: string[] = [];
  for (const item of input.items) {
    const s = item.segment;
    const segmentId = randomUUID();
    insertSegment.run(segmentId, s.title, s.description, s.validFrom, s.validUntil, s.license, s.credits.producer, s.consentNotes ?? '', manifest.packId, String(manifest.packVersion), now, now);
    s.versions.forEach((v, position) => {
      const audio = chooseAudio(v.audio);
      // Issue #11: the edit list applies to the master (the original) only; any other file is the edit already rendered.
      const edits = audio.role === 'master' ? v.edits : undefined;
      insertAsset.run(audio.sha256, audio.path.slice('audio/'.length), audio.container, audio.sizeBytes, edits ? edits.originalDurationSec : v.durationSec, audio.container, audio.codec, audio.sampleRate, audio.channels, audio.bitsPerSample, audio.bitRate, now);
      const versionId = randomUUID();
      const language = v.languageCode && catalogs.languages.has(v.languageCode) ? v.languageCode : null;
      insertVersion.run(versionId, segmentId, position, language, v.script ? (input.scripts.get(v.script.path) ?? '') : '', audio.sha256, now);
      if (edits) saveEditState(db, versionId, { ops: edits.ops, undone: [] }, resolve(edits.ops, edits.originalDurationSec).durationSec, new Date(now));
      v.regions.forEach((r, i) => {
        if (catalogs.states.has(r.stateCode)) insertRegion.run(versionId, i, r.stateCode, r.municipalityCode, r.place, r.role);
      });
    });
    // Topics outside this station's catalog would be invisible chips; the text still reaches search.
    for (const topic of s.topics) if (catalogs.topics.has(topic)) insertTopic.run(segmentId, topic);
    insertMap.run(s.id, s.version, segmentId, manifest.packId, manifest.packVersion, manifest.publisher.fingerprint, manifest.publisher.name, now);
    reindex(db, catalogs, segmentId, null);
    for (const old of item.supersedes) archive(db, catalogs, old, now);
    created.push(segmentId);
  }
  return created;
}

/** Older version kept, archived: out of rotation, still findable (issue #6). */
function archive(db: Database, catalogs: CatalogIndex, segmentId: string, now: string): void {
  const row = segmentRowById(db, segmentId);
  if (!row || row.status === 'archived') return;
  db.prepare("UPDATE segments SET status = 'archived', updated_at = ?, seq = (SELECT max(seq) + 1 FROM segments) WHERE id = ?").run(now, segmentId);
  reindex(db, catalogs, segmentId, row.seq);
}

/** Same FTS discipline as segment-repository.ts: contentless row keyed by seq, replaced on every change. */
function reindex(db: Database, catalogs: CatalogIndex, segmentId: string, oldSeq: number | null): void {
  const segment = readSegment(db, segmentId);
  const row = segmentRowById(db, segmentId);
  if (!segment || !row) return;
  if (oldSeq !== null) db.prepare('DELETE FROM segments_fts WHERE rowid = ?').run(oldSeq);
  const doc = buildSearchDocument(segment, catalogs);
  db.prepare('INSERT INTO segments_fts (rowid, body, facets) VALUES (?, ?, ?)').run(row.seq, doc.body, doc.facets);
}

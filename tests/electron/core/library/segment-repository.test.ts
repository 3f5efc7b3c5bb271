import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SegmentRepository } from '../../../../electron/core/library/segment-repository.ts';
import { UserFacingError } from '../../../../shared/api/errors.ts';
import { segmentSchema, segmentSummarySchema, type RegionTag } from '../../../../shared/domain/segment.ts';
import { fakeAsset, steppingClock, tempLibrary, testCatalogs, type TempLibrary } from './library-fixtures.ts';

let lib: TempLibrary;
let repo: SegmentRepository;

beforeEach(() => {
  lib = tempLibrary();
  repo = new SegmentRepository(lib.db, testCatalogs(), steppingClock());
});

afterEach(() => lib.cleanup());

const oaxacaOrigin: RegionTag = { stateCode: '20', municipalityCode: '20067', place: 'San Juan Mixtepec', role: 'origin' };

function errorOf(fn: () => unknown): UserFacingError {
  try {
    fn();
  } catch (error) {
    if (error instanceof UserFacingError) return error;
    throw error;
  }
  throw new Error('expected a UserFacingError');
}

function create(title = 'Tus derechos en el campo') {
  return repo.createFromImport({ asset: fakeAsset(), title, languageCode: 'xty', regions: [oaxacaOrigin], topics: ['labor-rights'] });
}

describe('SegmentRepository', () => {
  it('creates a draft segment with one version, its asset, tags and a search document', () => {
    const asset = fakeAsset({ previewExt: 'ogg', ext: 'amr' });
    const summary = repo.createFromImport({ asset, title: 'Nota de voz', languageCode: 'xty', regions: [oaxacaOrigin], topics: ['wages', 'labor-rights'] });
    expect(segmentSummarySchema.parse(summary)).toEqual(summary);
    expect(summary).toMatchObject({
      title: 'Nota de voz',
      status: 'draft',
      topics: ['labor-rights', 'wages'],
      languages: ['xty'],
      regions: ['20'],
      versionCount: 1,
      primaryAssetId: asset.id,
      durationSec: 42.5,
      format: asset.format,
    });
    expect(repo.findSegmentIdByAsset(asset.id)).toBe(summary.id);
    expect(repo.findSegmentIdByAsset('f'.repeat(64))).toBeNull();
    expect(repo.assetFile(asset.id)).toEqual({ ext: 'amr', previewExt: 'ogg' });
    expect(repo.assetFile('f'.repeat(64))).toBeNull();
    expect(lib.db.prepare('SELECT count(*) FROM segments_fts').pluck().get()).toBe(1);

    const segment = repo.get(summary.id);
    expect(segmentSchema.parse(segment)).toEqual(segment);
    expect(segment.versions).toHaveLength(1);
    expect(segment.versions[0]).toMatchObject({ languageCode: 'xty', regions: [oaxacaOrigin], script: '', segmentId: summary.id });
    expect(segment.versions[0]?.asset).toMatchObject({ id: asset.id, originalName: asset.originalName, sizeBytes: asset.sizeBytes });
    expect(segment.origin).toEqual({ kind: 'local', packId: null, packVersion: null });
  });

  it('round-trips every editable field through update and bumps updated_at', () => {
    const created = repo.get(create().id);
    const updated = repo.update(created.id, {
      title: 'Salario mínimo 2026',
      description: 'Lo que te deben pagar',
      topics: ['wages'],
      status: 'approved',
      validFrom: '2026-01-01',
      validUntil: '2026-12-31',
      license: 'CC-BY-4.0',
      producer: 'Radio Tlachinollan',
      consentNotes: 'Grabado con permiso',
    });
    expect(updated).toMatchObject({
      title: 'Salario mínimo 2026',
      description: 'Lo que te deben pagar',
      topics: ['wages'],
      status: 'approved',
      validFrom: '2026-01-01',
      validUntil: '2026-12-31',
      license: 'CC-BY-4.0',
      producer: 'Radio Tlachinollan',
      consentNotes: 'Grabado con permiso',
    });
    expect(updated.updatedAt > created.updatedAt).toBe(true);
    expect(repo.get(created.id)).toEqual(updated);
    // A partial patch leaves the other fields alone; null clears a date.
    const cleared = repo.update(created.id, { validFrom: null });
    expect(cleared).toMatchObject({ title: 'Salario mínimo 2026', validFrom: null, validUntil: '2026-12-31', topics: ['wages'] });
  });

  it('round-trips a version patch: language, regions and script', () => {
    const segment = repo.get(create().id);
    const versionId = segment.versions[0]?.id ?? '';
    const regions: RegionTag[] = [
      { stateCode: '12', municipalityCode: null, place: null, role: 'origin' },
      { stateCode: '25', municipalityCode: null, place: 'Villa Juárez', role: 'destination' },
    ];
    const updated = repo.updateVersion(versionId, { languageCode: 'tcf', regions, script: "Ja'a n'aa" });
    expect(updated.versions[0]).toMatchObject({ id: versionId, languageCode: 'tcf', regions, script: "Ja'a n'aa" });
    expect(updated.updatedAt > segment.updatedAt).toBe(true);
    expect(repo.summary(segment.id)).toMatchObject({ languages: ['tcf'], regions: ['12', '25'] });
    expect(repo.updateVersion(versionId, { languageCode: null }).versions[0]?.languageCode).toBeNull();
  });

  it('rejects unknown language, state and topic codes and leaves the data unchanged', () => {
    const before = repo.get(create().id);
    const versionId = before.versions[0]?.id ?? '';
    const bad = [
      [() => repo.update(before.id, { topics: ['wages', 'no-such-topic'], title: 'Cambiado' }), 'topics[1]'],
      [() => repo.updateVersion(versionId, { languageCode: 'zzz', script: 'cambiado' }), 'languageCode'],
      [() => repo.updateVersion(versionId, { regions: [{ ...oaxacaOrigin, stateCode: '33' }] }), 'regions[0].stateCode'],
      [() => repo.updateVersion(versionId, { regions: [{ ...oaxacaOrigin, stateCode: '12' }] }), 'regions[0].municipalityCode'],
      [
        () => repo.createFromImport({ asset: fakeAsset(), title: 'x', languageCode: 'qqq', regions: [], topics: [] }),
        'languageCode',
      ],
    ] as const;
    for (const [call, field] of bad) {
      const error = errorOf(call);
      expect(error.code).toBe('invalid_input');
      expect(error.details).toMatchObject({ field });
    }
    expect(repo.get(before.id)).toEqual(before);
    expect(lib.db.prepare('SELECT count(*) FROM segments').pluck().get()).toBe(1);
    expect(lib.db.prepare('SELECT count(*) FROM assets').pluck().get()).toBe(1);
  });

  it('keeps valid from on or before valid until, checking the stored end a patch leaves alone', () => {
    const id = create().id;
    expect(errorOf(() => repo.update(id, { validFrom: '2026-05-01', validUntil: '2026-04-30' })).code).toBe('validity.range');
    repo.update(id, { validUntil: '2026-04-30' });
    const before = repo.get(id);
    const error = errorOf(() => repo.update(id, { validFrom: '2026-05-01', title: 'No debe guardarse' }));
    expect(error.code).toBe('validity.range');
    expect(error.details).toMatchObject({ field: 'validUntil' });
    expect(repo.get(id)).toEqual(before);
    expect(repo.update(id, { validFrom: '2026-04-30' }).validFrom).toBe('2026-04-30');
  });

  it('reports a database locked by another process as db.locked and writes nothing', () => {
    const before = repo.get(create().id);
    lib.db.pragma('busy_timeout = 50');
    const other = new BetterSqlite3(lib.file);
    try {
      other.exec('BEGIN IMMEDIATE');
      expect(errorOf(() => create('Bloqueado')).code).toBe('db.locked');
      expect(errorOf(() => repo.update(before.id, { title: 'Bloqueado' })).code).toBe('db.locked');
      other.exec('ROLLBACK');
    } finally {
      other.close();
    }
    expect(repo.get(before.id)).toEqual(before);
    expect(lib.db.prepare('SELECT count(*) FROM segments').pluck().get()).toBe(1);
    expect(lib.db.prepare('SELECT count(*) FROM assets').pluck().get()).toBe(1);
  });

  it('reports missing segments and versions as not_found', () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    expect(errorOf(() => repo.get(missing)).code).toBe('not_found');
    expect(errorOf(() => repo.summary(missing)).code).toBe('not_found');
    expect(errorOf(() => repo.update(missing, { title: 'x' })).code).toBe('not_found');
    expect(errorOf(() => repo.updateVersion(missing, { script: 'x' })).code).toBe('not_found');
  });

  it('shares an asset row between segments importing the same content (INSERT OR IGNORE)', () => {
    const asset = fakeAsset();
    const a = repo.createFromImport({ asset, title: 'A', languageCode: null, regions: [], topics: [] });
    const b = repo.createFromImport({ asset, title: 'B', languageCode: 'spa', regions: [], topics: [] });
    expect(a.id).not.toBe(b.id);
    expect(lib.db.prepare('SELECT count(*) FROM assets').pluck().get()).toBe(1);
    expect(repo.findSegmentIdByAsset(asset.id)).toBe(a.id);
  });

  it('keeps one search row per segment, keyed by the segment’s current seq', () => {
    const id = create().id;
    create('Otro');
    repo.update(id, { title: 'Cambiado' });
    repo.updateVersion(repo.get(id).versions[0]?.id ?? '', { script: 'guion' });
    const ftsRows = lib.db.prepare('SELECT count(*) FROM segments_fts').pluck().get();
    expect(ftsRows).toBe(2);
    const seq = lib.db.prepare('SELECT seq FROM segments WHERE id = ?').pluck().get(id);
    expect(seq).toBe(lib.db.prepare('SELECT max(seq) FROM segments').pluck().get());
    expect(lib.db.prepare("SELECT rowid FROM segments_fts WHERE segments_fts MATCH 'cambiado'").pluck().all()).toEqual([seq]);
  });
});

import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { segmentSchema, segmentSummarySchema, type RegionTag, type SegmentPatch } from '../../../../shared/domain/segment.ts';
import { errorOfCall } from '../support/errors.ts';
import { fakeAsset, useRepositoryLibrary } from './library-fixtures.ts';

const lib = useRepositoryLibrary();

const oaxacaOrigin: RegionTag = { stateCode: '20', municipalityCode: '20067', place: 'San Juan Mixtepec', role: 'origin' };

function create(title = 'Tus derechos en el campo') {
  return lib.repo.createFromImport({ asset: fakeAsset(), title, languageCode: 'xty', regions: [oaxacaOrigin], topics: ['labor-rights'] });
}

describe('SegmentRepository', () => {
  it('creates a draft segment with one version, its asset, tags and a search document', () => {
    const asset = fakeAsset({ previewExt: 'ogg', ext: 'amr' });
    const summary = lib.repo.createFromImport({ asset, title: 'Nota de voz', languageCode: 'xty', regions: [oaxacaOrigin], topics: ['wages', 'labor-rights'] });
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
    expect(lib.repo.findSegmentIdByAsset(asset.id)).toBe(summary.id);
    expect(lib.repo.findSegmentIdByAsset('f'.repeat(64))).toBeNull();
    expect(lib.repo.assetFile(asset.id)).toEqual({ ext: 'amr', previewExt: 'ogg' });
    expect(lib.repo.assetFile('f'.repeat(64))).toBeNull();
    expect(lib.db.prepare('SELECT count(*) FROM segments_fts').pluck().get()).toBe(1);

    const segment = lib.repo.get(summary.id);
    expect(segmentSchema.parse(segment)).toEqual(segment);
    expect(segment.versions).toHaveLength(1);
    expect(segment.versions[0]).toMatchObject({ languageCode: 'xty', regions: [oaxacaOrigin], script: '', segmentId: summary.id });
    expect(segment.versions[0]?.asset).toMatchObject({ id: asset.id, originalName: asset.originalName, sizeBytes: asset.sizeBytes });
    expect(segment.origin).toEqual({ kind: 'local', packId: null, packVersion: null });
  });

  it('round-trips every editable field through update and bumps updated_at', () => {
    const created = lib.repo.get(create().id);
    const patch: SegmentPatch = {
      title: 'Salario mínimo 2026',
      description: 'Lo que te deben pagar',
      topics: ['wages'],
      status: 'approved',
      validFrom: '2026-01-01',
      validUntil: '2026-12-31',
      license: 'CC-BY-4.0',
      producer: 'Radio Tlachinollan',
      consentNotes: 'Grabado con permiso',
    };
    const updated = lib.repo.update(created.id, patch);
    expect(updated).toMatchObject(patch);
    expect(updated.updatedAt > created.updatedAt).toBe(true);
    expect(lib.repo.get(created.id)).toEqual(updated);
    // A partial patch leaves the other fields alone; null clears a date.
    const cleared = lib.repo.update(created.id, { validFrom: null });
    expect(cleared).toMatchObject({ title: 'Salario mínimo 2026', validFrom: null, validUntil: '2026-12-31', topics: ['wages'] });
  });

  it('round-trips a version patch: language, regions and script', () => {
    const segment = lib.repo.get(create().id);
    const versionId = segment.versions[0]?.id ?? '';
    const regions: RegionTag[] = [
      { stateCode: '12', municipalityCode: null, place: null, role: 'origin' },
      { stateCode: '25', municipalityCode: null, place: 'Villa Juárez', role: 'destination' },
    ];
    const updated = lib.repo.updateVersion(versionId, { languageCode: 'tcf', regions, script: "Ja'a n'aa" });
    expect(updated.versions[0]).toMatchObject({ id: versionId, languageCode: 'tcf', regions, script: "Ja'a n'aa" });
    expect(updated.updatedAt > segment.updatedAt).toBe(true);
    expect(lib.repo.summary(segment.id)).toMatchObject({ languages: ['tcf'], regions: ['12', '25'] });
    expect(lib.repo.updateVersion(versionId, { languageCode: null }).versions[0]?.languageCode).toBeNull();
  });

  it('rejects unknown language, state and topic codes and leaves the data unchanged', () => {
    const before = lib.repo.get(create().id);
    const versionId = before.versions[0]?.id ?? '';
    const bad = [
      [() => lib.repo.update(before.id, { topics: ['wages', 'no-such-topic'], title: 'Cambiado' }), 'topics[1]'],
      [() => lib.repo.updateVersion(versionId, { languageCode: 'zzz', script: 'cambiado' }), 'languageCode'],
      [() => lib.repo.updateVersion(versionId, { regions: [{ ...oaxacaOrigin, stateCode: '33' }] }), 'regions[0].stateCode'],
      [() => lib.repo.updateVersion(versionId, { regions: [{ ...oaxacaOrigin, stateCode: '12' }] }), 'regions[0].municipalityCode'],
      [
        () => lib.repo.createFromImport({ asset: fakeAsset(), title: 'x', languageCode: 'qqq', regions: [], topics: [] }),
        'languageCode',
      ],
    ] as const;
    for (const [call, field] of bad) {
      const error = errorOfCall(call);
      expect(error.code).toBe('invalid_input');
      expect(error.details).toMatchObject({ field });
    }
    expect(lib.repo.get(before.id)).toEqual(before);
    expect(lib.db.prepare('SELECT count(*) FROM segments').pluck().get()).toBe(1);
    expect(lib.db.prepare('SELECT count(*) FROM assets').pluck().get()).toBe(1);
  });

  it('keeps valid from on or before valid until, checking the stored end a patch leaves alone', () => {
    const id = create().id;
    expect(errorOfCall(() => lib.repo.update(id, { validFrom: '2026-05-01', validUntil: '2026-04-30' })).code).toBe('validity.range');
    lib.repo.update(id, { validUntil: '2026-04-30' });
    const before = lib.repo.get(id);
    const error = errorOfCall(() => lib.repo.update(id, { validFrom: '2026-05-01', title: 'No debe guardarse' }));
    expect(error.code).toBe('validity.range');
    expect(error.details).toMatchObject({ field: 'validUntil' });
    expect(lib.repo.get(id)).toEqual(before);
    expect(lib.repo.update(id, { validFrom: '2026-04-30' }).validFrom).toBe('2026-04-30');
  });

  it('reports a database locked by another process as db.locked and writes nothing', () => {
    const before = lib.repo.get(create().id);
    lib.db.pragma('busy_timeout = 50');
    const other = new BetterSqlite3(lib.file);
    try {
      other.exec('BEGIN IMMEDIATE');
      expect(errorOfCall(() => create('Bloqueado')).code).toBe('db.locked');
      expect(errorOfCall(() => lib.repo.update(before.id, { title: 'Bloqueado' })).code).toBe('db.locked');
      other.exec('ROLLBACK');
    } finally {
      other.close();
    }
    expect(lib.repo.get(before.id)).toEqual(before);
    expect(lib.db.prepare('SELECT count(*) FROM segments').pluck().get()).toBe(1);
    expect(lib.db.prepare('SELECT count(*) FROM assets').pluck().get()).toBe(1);
  });

  it('reports missing segments and versions as not_found', () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    expect(errorOfCall(() => lib.repo.get(missing)).code).toBe('not_found');
    expect(errorOfCall(() => lib.repo.summary(missing)).code).toBe('not_found');
    expect(errorOfCall(() => lib.repo.update(missing, { title: 'x' })).code).toBe('not_found');
    expect(errorOfCall(() => lib.repo.updateVersion(missing, { script: 'x' })).code).toBe('not_found');
  });

  it('shares an asset row between segments importing the same content (INSERT OR IGNORE)', () => {
    const asset = fakeAsset();
    const a = lib.repo.createFromImport({ asset, title: 'A', languageCode: null, regions: [], topics: [] });
    const b = lib.repo.createFromImport({ asset, title: 'B', languageCode: 'spa', regions: [], topics: [] });
    expect(a.id).not.toBe(b.id);
    expect(lib.db.prepare('SELECT count(*) FROM assets').pluck().get()).toBe(1);
    expect(lib.repo.findSegmentIdByAsset(asset.id)).toBe(a.id);
  });

  it('keeps one search row per segment, keyed by the segment’s current seq', () => {
    const id = create().id;
    create('Otro');
    lib.repo.update(id, { title: 'Cambiado' });
    lib.repo.updateVersion(lib.repo.get(id).versions[0]?.id ?? '', { script: 'guion' });
    const ftsRows = lib.db.prepare('SELECT count(*) FROM segments_fts').pluck().get();
    expect(ftsRows).toBe(2);
    const seq = lib.db.prepare('SELECT seq FROM segments WHERE id = ?').pluck().get(id);
    expect(seq).toBe(lib.db.prepare('SELECT max(seq) FROM segments').pluck().get());
    expect(lib.db.prepare("SELECT rowid FROM segments_fts WHERE segments_fts MATCH 'cambiado'").pluck().all()).toEqual([seq]);
  });
});

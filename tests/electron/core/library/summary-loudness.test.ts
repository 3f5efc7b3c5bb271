import { describe, expect, it } from 'vitest';
import { AudioStore } from '../../../../electron/core/audio/audio-store.ts';
import { searchSegments } from '../../../../electron/core/library/search.ts';
import { fakeAsset, useRepositoryLibrary } from './library-fixtures.ts';

const lib = useRepositoryLibrary();
const noFilters = { languages: [], regions: [], topics: [], statuses: [], expiringWithinDays: null };
const rows = () => searchSegments(lib.db, { query: '', filters: noFilters, offset: 0, limit: 10 }, '2026-03-01').items;

describe('library summaries carry the first version’s loudness (issue #11: the row verdict)', () => {
  it('is null until the analysis has measured the original, then I and TP from the same page query', () => {
    const asset = fakeAsset();
    const { id } = lib.repo.createFromImport({ asset, title: 'Salario mínimo', languageCode: null, regions: [], topics: [] });
    lib.repo.createFromImport({ asset: fakeAsset(), title: 'Sin medir', languageCode: null, regions: [], topics: [] });
    expect(rows().map((r) => r.loudness)).toEqual([null, null]);
    new AudioStore(lib.db, lib.file).put(asset.id, { durationSec: 42.5, sampleRate: 48000, channels: 1, codec: 'opus', integratedLufs: -27.4, loudnessRangeLu: 6, truePeakDbtp: -9.1, samplePeakDbfs: -9.3 }, new Date('2026-01-10T10:00:00Z'));
    const byId = new Map(rows().map((r) => [r.id, r.loudness]));
    expect(byId.get(id)).toEqual({ integratedLufs: -27.4, truePeakDbtp: -9.1 });
    expect([...byId.values()].filter((l) => l === null)).toHaveLength(1);
    // Silence has no integrated loudness, yet it was measured: the row says "unknown", not nothing.
    new AudioStore(lib.db, lib.file).put(asset.id, { durationSec: 42.5, sampleRate: 48000, channels: 1, codec: 'opus', integratedLufs: null, loudnessRangeLu: 0, truePeakDbtp: null, samplePeakDbfs: null }, new Date('2026-01-10T10:00:00Z'));
    expect(lib.repo.summary(id).loudness).toEqual({ integratedLufs: null, truePeakDbtp: null });
  });
});

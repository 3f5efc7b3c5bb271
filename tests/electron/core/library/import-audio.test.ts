import { copyFile, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createFfmpegAdapter, type FfmpegAdapter } from '../../../../electron/core/audio/ffmpeg/ffmpeg-adapter.ts';
import { ContentStore } from '../../../../electron/core/library/content-store.ts';
import { prepareImport, type ImportStage, type PrepareImportOptions } from '../../../../electron/core/library/import-audio.ts';
import { makeFixtures } from '../../../../scripts/fixtures/make-fixtures.ts';
import { BAD_AUDIO_FIXTURES } from '../support/bad-audio.ts';
import { codeOf, errorOf } from '../support/errors.ts';
import { filesUnder, useTempDir } from '../support/temp-dirs.ts';

let fixtures: string;
let adapter: FfmpegAdapter;
let longAmr: string;
let store: ContentStore;
const clock = () => new Date('2026-01-15T12:00:00.000Z');
const scratchDir = useTempDir('cabina-import-src-', 'all');
const dataDir = useTempDir('cabina-import-');

beforeAll(async () => {
  fixtures = await makeFixtures();
  adapter = createFfmpegAdapter({});
  // Ten minutes of AMR: its preview encode lasts long enough to be cancelled half-way.
  longAmr = join(scratchDir.path, 'long.amr');
  await adapter.runFfmpeg(['-v', 'error', '-f', 'lavfi', '-i', 'sine=f=300:d=600', '-ar', '8000', '-c:a', 'libopencore_amrnb', '-b:a', '12.2k', longAmr]);
});
beforeEach(() => {
  store = new ContentStore(dataDir.path);
});

function run(file: string, extra: Partial<PrepareImportOptions> = {}) {
  return prepareImport({
    sourcePath: file.includes('/') ? file : join(fixtures, file),
    originalName: file.split('/').pop() ?? file,
    store,
    adapter,
    signal: new AbortController().signal,
    isKnownAsset: () => false,
    findAssetByPcm: () => null,
    clock,
    ...extra,
  });
}

describe('prepareImport: supported formats (issue #2 item 2)', () => {
  it.each([
    ['speech-es-16.wav', 'wav', 'pcm_s16le', 48000, null],
    ['speech-es-24.wav', 'wav', 'pcm_s24le', 44100, null],
    ['speech-es-float.wav', 'wav', 'pcm_f32le', 48000, null],
    ['speech-es.mp3', 'mp3', 'mp3', 44100, null],
    ['speech-es.m4a', 'm4a', 'aac', 44100, null],
    ['speech-es.ogg', 'opus', 'opus', 48000, null],
    ['speech-es.opus', 'opus', 'opus', 48000, null],
    ['speech-es.flac', 'flac', 'flac', 22050, null],
    ['speech-es.amr', 'amr', 'amr_nb', 8000, 'ogg'],
  ])('%s → .%s %s %i Hz, preview %s', async (file, ext, codec, sampleRate, previewExt) => {
    const stages = new Set<ImportStage>();
    let last = 0;
    const result = await run(file, {
      onProgress: (stage, fraction) => {
        stages.add(stage);
        expect(fraction).toBeGreaterThanOrEqual(last);
        last = fraction;
      },
    });
    if (result.kind !== 'new') throw new Error('expected a new asset');
    const { asset } = result;
    const bytes = await readFile(join(fixtures, file));
    expect(asset).toMatchObject({ originalName: file, ext, previewExt, sizeBytes: bytes.length, importedAt: '2026-01-15T12:00:00.000Z' });
    expect(asset.format).toMatchObject({ codec, sampleRate });
    expect(asset.durationSec).toBeGreaterThan(3.5);
    expect(asset.durationSec).toBeLessThan(4.2);
    // The original is stored byte for byte.
    expect((await readFile(store.originalPath(asset.id, ext))).equals(bytes)).toBe(true);
    expect(await filesUnder(store.tmpDir)).toEqual([]);
    expect([...stages]).toEqual(previewExt ? ['copy', 'probe', 'preview'] : ['copy', 'probe']);
    if (previewExt) {
      const preview = await adapter.probe(store.previewPath(asset.id, previewExt));
      expect(preview.streams[0]).toMatchObject({ codec_name: 'opus', channels: 1 });
      expect(preview.format?.duration).toBeGreaterThan(3.5);
    }
  });

  it('falls back to an MP3 preview when ffmpeg has no libopus', async () => {
    const noOpus: FfmpegAdapter = { ...adapter, hasEncoder: async (name) => name !== 'libopus' && adapter.hasEncoder(name) };
    const result = await run('speech-es.amr', { adapter: noOpus });
    if (result.kind !== 'new') throw new Error('expected a new asset');
    expect(result.asset.previewExt).toBe('mp3');
    const preview = await adapter.probe(store.previewPath(result.asset.id, 'mp3'));
    expect(preview.streams[0]?.codec_name).toBe('mp3');
  });
});

describe('prepareImport: duplicates', () => {
  it('reports a known sha256 as a duplicate and leaves no tmp file', async () => {
    const first = await run('speech-es.mp3');
    if (first.kind !== 'new') throw new Error('expected a new asset');
    const known = new Set([first.asset.id]);
    const second = await run('speech-es.mp3', { isKnownAsset: async (sha) => known.has(sha) });
    expect(second).toEqual({ kind: 'duplicate', assetId: first.asset.id, match: 'bytes' });
    expect(await filesUnder(store.tmpDir)).toEqual([]);
    expect(await filesUnder(store.root)).toHaveLength(1);
  });

  it('re-imports content whose row is gone without duplicating the file (content-addressed)', async () => {
    await run('speech-es.flac');
    const again = await run('speech-es.flac');
    expect(again.kind).toBe('new');
    expect(await filesUnder(store.root)).toHaveLength(1);
  });
});

describe('prepareImport: bad input leaves the store exactly as it was', () => {
  it.each(BAD_AUDIO_FIXTURES)('%s → %s', async (file, code) => {
    const error = await errorOf(run(file));
    expect(error.code).toBe(code);
    expect(error.details?.['name']).toBe(file);
    expect(await filesUnder(dataDir.path)).toEqual([]);
  });

  it('reports an unreadable path', async () => {
    expect(await codeOf(run(join(scratchDir.path, 'no-such-file.m4a')))).toBe('import.unreadable');
    expect(await codeOf(run(scratchDir.path))).toBe('import.unreadable');
    expect(await filesUnder(dataDir.path)).toEqual([]);
  });

  it('never touches the source file', async () => {
    const source = join(scratchDir.path, 'mine.amr');
    await copyFile(join(fixtures, 'speech-es.amr'), source);
    const before = await stat(source);
    await run(source);
    const after = await stat(source);
    expect([after.size, after.mtimeMs]).toEqual([before.size, before.mtimeMs]);
  });
});

describe('prepareImport: cancel', () => {
  it('cancelled mid-copy leaves nothing behind', async () => {
    const controller = new AbortController();
    const result = run(longAmr, {
      signal: controller.signal,
      onProgress: (stage, fraction) => stage === 'copy' && fraction > 0 && controller.abort(),
    });
    expect(await codeOf(result)).toBe('cancelled');
    expect(await filesUnder(dataDir.path)).toEqual([]);
  });

  it('cancelled mid-preview kills ffmpeg and leaves nothing behind', async () => {
    const controller = new AbortController();
    let previewFraction = 0;
    const result = run(longAmr, {
      signal: controller.signal,
      onProgress: (stage, fraction) => {
        if (stage !== 'preview' || fraction <= 0.65) return;
        expect(controller.signal.aborted).toBe(false);
        previewFraction = fraction;
        controller.abort();
      },
    });
    expect(await codeOf(result)).toBe('cancelled');
    expect(previewFraction).toBeGreaterThan(0.65);
    expect(previewFraction).toBeLessThan(1);
    expect(await filesUnder(dataDir.path)).toEqual([]);
  });

  it('an already-aborted signal does nothing at all', async () => {
    expect(await codeOf(run('speech-es.mp3', { signal: AbortSignal.abort() }))).toBe('cancelled');
    expect(await filesUnder(dataDir.path)).toEqual([]);
  });
});

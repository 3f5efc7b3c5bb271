import { randomUUID } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../../../shared/api/dispatch.ts';
import type { MethodName, MethodOutput } from '../../../../../shared/api/contract.ts';
import { analyzeFile } from '../../../../../electron/core/audio/loudness/analyze-audio.ts';
import { createFfmpegAdapter } from '../../../../../electron/core/audio/ffmpeg/ffmpeg-adapter.ts';
import { decodeBext, decodeCart, readChunks } from '../../../../../electron/core/audio/wav/wav-chunks.ts';
import { decodeAdtl, decodeCue } from '../../../../../electron/core/audio/wav/wav-cue.ts';
import { main } from '../../../../../electron/core/cli.ts';
import { createCore } from '../../../../../electron/core/core.ts';
import type { Core } from '../../../../../electron/core/core-types.ts';
import { useTempDir } from '../../support/temp-dirs.ts';

// Edits through the API, rendered by the real ffmpeg and re-measured: the new length, the
// loudness target, and the metadata automation reads (bext via ffprobe, cart, ID3, Vorbis comments).

const scratch = useTempDir('cabina-render-', 'all');
const adapter = createFfmpegAdapter();
let core: Core;
let versionId: string;
let segmentId: string;
let originalSec: number;

async function call<M extends MethodName>(method: M, input: unknown): Promise<MethodOutput<M>> {
  const result = await dispatch(core.handlers, method, input as never);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as MethodOutput<M>;
}

function ffprobeTags(file: string): Record<string, string> {
  const json = execFileSync(adapter.paths.ffprobe, ['-v', 'error', '-show_format', '-show_streams', '-of', 'json', file]).toString();
  const data = JSON.parse(json) as { format: { tags?: Record<string, string> }; streams: { tags?: Record<string, string>; channels?: number }[] };
  return { ...data.format.tags, ...data.streams[0]?.tags, channels: String(data.streams[0]?.channels) };
}

beforeAll(async () => {
  const one = path.join(scratch.path, 'one.wav');
  const speech = path.join(scratch.path, 'entrevista.wav');
  execFileSync('espeak-ng', ['-v', 'es', '-w', one, 'Pida su contrato por escrito antes de migrar. Nadie puede quedarse con sus documentos.']);
  execFileSync('sox', ['-D', one, '-r', '48000', '-c', '2', speech, 'repeat', '3']); // -D: no random dither, the same file every run
  core = await createCore({ dataDir: path.join(scratch.path, 'data'), transport: 'cli' });
  const imported = await call('library.import', { jobId: randomUUID(), source: { kind: 'path', path: speech }, originalName: 'entrevista.wav', languageCode: 'mix' });
  versionId = imported.segment.primaryVersionId ?? '';
  segmentId = imported.segment.id;
  originalSec = (await call('audio.analysis', { versionId })).analysis.durationSec;
});

afterAll(() => core?.close());

describe('edit list through the API', () => {
  it('applies, undoes and redoes, persisting on the version', async () => {
    const cut = await call('audio.edits.apply', { versionId, op: { type: 'cut', startSec: 2, endSec: 4 } });
    expect(cut.timeline.durationSec).toBeCloseTo(originalSec - 2, 3);
    expect((await call('audio.edits.undo', { versionId })).timeline.durationSec).toBeCloseTo(originalSec, 3);
    expect((await call('audio.edits.redo', { versionId })).edits.ops).toHaveLength(1);
    await call('audio.edits.apply', { versionId, op: { type: 'marker', kind: 'introEnd', atSec: 1 } });
    await call('audio.edits.apply', { versionId, op: { type: 'fadeIn', durationSec: 0.5 } });
    await call('audio.edits.apply', { versionId, op: { type: 'normalize', targetLufs: -16, ceilingDbtp: -1.5 } });
    const got = await call('audio.edits.get', { versionId });
    expect(got.edits.ops.map((o) => o.type)).toEqual(['cut', 'marker', 'fadeIn', 'normalize']);
  });

  it('serves one level of peaks for a width', async () => {
    const peaks = await call('audio.peaks', { versionId, pixels: 500 });
    expect(peaks.peaks.length / 2).toBeGreaterThanOrEqual(500);
    expect(peaks.durationSec).toBeCloseTo(originalSec, 2);
  });
});

describe('renders', () => {
  it('master WAV: 48 kHz, cut length, target loudness, bext that ffprobe reads and a cart chunk', async () => {
    const out = path.join(scratch.path, 'master.wav');
    const result = await call('audio.render', { jobId: randomUUID(), versionId, format: 'master', out });
    expect(result.durationSec).toBeCloseTo(originalSec - 2, 2);
    const measured = (await analyzeFile(adapter, out)).analysis;
    expect(measured.sampleRate).toBe(48000);
    expect(Math.abs((measured.integratedLufs ?? 0) + 16)).toBeLessThanOrEqual(0.5);
    expect(measured.truePeakDbtp ?? 0).toBeLessThanOrEqual(-1.5);
    const tags = ffprobeTags(out);
    expect(tags.encoded_by).toBe('Cabina');
    expect(tags.comment).toMatch(/entrevista/);
    // Issue #16 §3: the history starts at the source (16-bit stereo PCM from sox) and the master keeps its word length.
    const chunks = readChunks(readFileSync(out));
    const bext = decodeBext(chunks.find((c) => c.id === 'bext')!.data);
    expect(bext.codingHistory).toMatch(/^A=PCM,F=48000,W=16,M=stereo,T=[0-9a-f]{64}\.wav\r\nA=PCM,F=48000,W=16,M=stereo,T=Cabina /);
    expect(bext.description).not.toMatch(/ - $/);
    expect(chunks.find((c) => c.id === 'fmt ')!.data.readUInt16LE(14)).toBe(16);
    // The intro marker is a labelled cue point as well as a cart timer.
    expect(decodeCue(chunks.find((c) => c.id === 'cue ')!.data)).toEqual([{ id: 1, sample: 48000 }]);
    expect(decodeAdtl(chunks.find((c) => c.id === 'LIST')!.data)?.get(1)).toBe('Fin de intro');
    const cart = decodeCart(chunks.find((c) => c.id === 'cart')!.data);
    expect(cart.title).toBe('entrevista');
    expect(cart.timers).toContainEqual({ usage: 'INTe', value: 48000 });
    expect(readdirSync(scratch.path).filter((f) => f.includes('.part') || f.includes('.edit.'))).toEqual([]);
  });

  it('playout MP3 with ID3 title, TLAN and the ISO 639-3 code in TXXX', async () => {
    const out = path.join(scratch.path, 'playout.mp3');
    await call('audio.render', { jobId: randomUUID(), versionId, format: 'mp3', out });
    const tags = ffprobeTags(out);
    expect(tags.title).toBe('entrevista');
    expect(tags.language).toBe('mix');
    expect(tags['ISO639-3']).toBe('mix');
    const id3 = readFileSync(out).subarray(0, 4096).toString('latin1');
    expect(id3).toContain('TLAN');
    expect(id3).toContain('TXXX');
  });

  it('distribution Opus: mono with a LANGUAGE comment, still within the ceiling', async () => {
    const out = path.join(scratch.path, 'dist.opus');
    await call('audio.render', { jobId: randomUUID(), versionId, format: 'opus', out });
    const tags = ffprobeTags(out);
    expect(tags.LANGUAGE).toBe('mix');
    expect(tags.channels).toBe('1');
    const measured = (await analyzeFile(adapter, out)).analysis;
    expect(Math.abs((measured.integratedLufs ?? 0) + 16)).toBeLessThanOrEqual(0.5);
    expect(measured.truePeakDbtp ?? 0).toBeLessThanOrEqual(-1.5);
  });

  it('cabina render <id> --format mp3 --out prints the result', async () => {
    const lines: string[] = [];
    const out = path.join(scratch.path, 'cli.mp3');
    // The CLI opens its own core on the same data folder.
    const code = await main(['render', versionId, '--format', 'mp3', '--out', out, '--json', '--data-dir', core.dataDir], { out: (t) => lines.push(t), err: (t) => lines.push(t) }, {});
    expect(code).toBe(0);
    expect((JSON.parse(lines.join('')) as { path: string }).path).toBe(out);
  });

  it('refuses an empty render and unknown versions in plain errors', async () => {
    const empty = await dispatch(core.handlers, 'audio.render', { jobId: randomUUID(), versionId: randomUUID(), format: 'mp3' });
    expect(empty.ok ? 'ok' : empty.error.code).toBe('not_found');
  });

  it('refuses a segment id where a version id belongs (issue #11: every version is edited on its own)', async () => {
    for (const method of ['audio.edits.get', 'audio.analysis', 'audio.peaks'] as const) {
      const result = await dispatch(core.handlers, method, { versionId: segmentId, pixels: 100 } as never);
      expect(result.ok ? 'ok' : result.error.code).toBe('audio.segment_not_version');
    }
    const render = await dispatch(core.handlers, 'audio.render', { jobId: randomUUID(), versionId: segmentId, format: 'mp3' });
    expect(render.ok ? 'ok' : render.error.code).toBe('audio.segment_not_version');
  });

  it('serves a render of an unchanged edit from the cache and makes a new one after the next edit', async () => {
    const first = await call('audio.render', { jobId: randomUUID(), versionId, format: 'opus' });
    const again = await call('audio.render', { jobId: randomUUID(), versionId, format: 'opus' });
    expect(again.path).toBe(first.path);
    expect(statSync(again.path).mtimeMs).toBe(statSync(first.path).mtimeMs);
    await call('audio.edits.apply', { versionId, op: { type: 'fadeOut', durationSec: 0.5 } });
    const edited = await call('audio.render', { jobId: randomUUID(), versionId, format: 'opus' });
    expect(edited.path).not.toBe(first.path);
    expect(existsSync(first.path)).toBe(false);
    await call('audio.edits.undo', { versionId });
  });
});

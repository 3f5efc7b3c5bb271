import { randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../../../shared/api/dispatch.ts';
import type { MethodName, MethodOutput } from '../../../../../shared/api/contract.ts';
import { analyzeFile } from '../../../../../electron/core/audio/loudness/analyze-audio.ts';
import { detectSilence } from '../../../../../electron/core/audio/edit/edit-list.ts';
import { createFfmpegAdapter } from '../../../../../electron/core/audio/ffmpeg/ffmpeg-adapter.ts';
import { createCore } from '../../../../../electron/core/core.ts';
import type { Core } from '../../../../../electron/core/core-types.ts';
import { useTempDir } from '../../support/temp-dirs.ts';
import { floatWav, toneSequence } from '../test-signals.ts';

// Issue #3 "trim leading/trailing silence (detected)" and "insert intro/outro (jingle) from the
// library": silence found on the stored peaks of a generated file (1.5 s quiet, 3 s tone, 2 s
// quiet), applied as one trim, jingles inserted at both ends, rendered by the real ffmpeg and
// re-measured.

const LEAD = 1.5;
const TONE = 3;
const TRAIL = 2;
const JINGLE = 1.25;

const scratch = useTempDir('cabina-silence-', 'all');
const adapter = createFfmpegAdapter();
let core: Core;
let speechId: string;
let jingleId: string;

async function call<M extends MethodName>(method: M, input: unknown): Promise<MethodOutput<M>> {
  const result = await dispatch(core.handlers, method, input as never);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as MethodOutput<M>;
}

async function importFile(file: string): Promise<string> {
  const imported = await call('library.import', { jobId: randomUUID(), source: { kind: 'path', path: file }, originalName: path.basename(file) });
  return imported.segment.primaryVersionId ?? '';
}

/** A mono jingle at 44.1 kHz (the main file is stereo 48 kHz): the render must convert it to join them. */
function monoTone(seconds: number, rate: number, hz: number, dbfs: number): Float32Array {
  const amp = 10 ** (dbfs / 20);
  return Float32Array.from({ length: Math.round(seconds * rate) }, (_, i) => amp * Math.sin((2 * Math.PI * hz * i) / rate));
}

beforeAll(async () => {
  const quietEdges = path.join(scratch.path, 'quiet-edges.wav');
  await writeFile(quietEdges, floatWav(toneSequence([{ dbfs: -Infinity, seconds: LEAD }, { dbfs: -12, seconds: TONE, hz: 440 }, { dbfs: -Infinity, seconds: TRAIL }])));
  const jingle = path.join(scratch.path, 'jingle.wav');
  await writeFile(jingle, floatWav(monoTone(JINGLE, 44100, 880, -6), 1, 44100));
  core = await createCore({ dataDir: path.join(scratch.path, 'data'), transport: 'cli' });
  speechId = await importFile(quietEdges);
  jingleId = await importFile(jingle);
});

afterAll(() => core?.close());

describe('audio.silence', () => {
  it('detects the quiet lead and tail on the finest stored peaks', async () => {
    const found = await call('audio.silence', { versionId: speechId });
    expect(found.durationSec).toBeCloseTo(LEAD + TONE + TRAIL, 2);
    // The finest level is 256 frames a pair (5.3 ms at 48 kHz).
    expect(Math.abs(found.leadSec - LEAD)).toBeLessThan(0.006);
    expect(Math.abs(found.trailSec - TRAIL)).toBeLessThan(0.006);
    expect(found.thresholdDb).toBe(-50);
  });

  it('finds nothing to trim on a file that starts and ends loud', async () => {
    const found = await call('audio.silence', { versionId: jingleId });
    expect(found.leadSec).toBe(0);
    expect(found.trailSec).toBe(0);
  });

  it('refuses an unknown version in a plain error', async () => {
    const result = await dispatch(core.handlers, 'audio.silence', { versionId: randomUUID() });
    expect(result.ok ? 'ok' : result.error.code).toBe('not_found');
  });
});

describe('silence trim and jingles, rendered', () => {
  it('one trim removes the detected silence, intro and outro jingles are concatenated into the master', async () => {
    const found = await call('audio.silence', { versionId: speechId });
    const trimmed = await call('audio.edits.apply', { versionId: speechId, op: { type: 'trim', startSec: found.leadSec, endSec: found.durationSec - found.trailSec } });
    expect(trimmed.timeline.durationSec).toBeCloseTo(TONE, 2);
    const jingle = await call('audio.analysis', { versionId: jingleId });
    const jingleSec = jingle.analysis.durationSec;
    const jingleAsset = jingle.assetId;
    expect(jingleSec).toBeCloseTo(JINGLE, 2);
    await call('audio.edits.apply', { versionId: speechId, op: { type: 'insert', position: 'intro', assetId: jingleAsset, durationSec: jingleSec } });
    const both = await call('audio.edits.apply', { versionId: speechId, op: { type: 'insert', position: 'outro', assetId: jingleAsset, durationSec: jingleSec } });
    expect(both.timeline.pieces.map((p) => p.assetId)).toEqual([jingleAsset, null, jingleAsset]);
    const expected = TONE + 2 * JINGLE;
    expect(both.timeline.durationSec).toBeCloseTo(expected, 2);

    const out = path.join(scratch.path, 'with-jingles.wav');
    const rendered = await call('audio.render', { jobId: randomUUID(), versionId: speechId, format: 'master', out });
    expect(rendered.durationSec).toBeCloseTo(expected, 1);
    const measured = await analyzeFile(adapter, out);
    expect(measured.analysis.durationSec).toBeCloseTo(expected, 1);
    expect(measured.analysis.sampleRate).toBe(48000);
    expect(measured.analysis.channels).toBe(2);
    // Jingles at both ends and the silence gone: the render starts and ends loud, and the jingle
    // (−6 dBFS mono, put on both channels at its own level in a stereo render, issue #16) sets
    // the peak, not the −12 dBFS tone between them.
    const finest = measured.peaks.levels[0]!;
    const edges = detectSilence(finest.data, finest.samplesPerPixel / 48000);
    expect(edges.leadSec).toBeLessThan(0.02);
    expect(edges.trailSec).toBeLessThan(0.02);
    expect(measured.analysis.samplePeakDbfs ?? -99).toBeCloseTo(-6, 0);
    const middle = finest.data.subarray(Math.round(((JINGLE + 1) * 48000) / finest.samplesPerPixel) * 2, Math.round(((JINGLE + 2) * 48000) / finest.samplesPerPixel) * 2);
    const middlePeak = Math.max(...Array.from(middle, Math.abs)) / 32767;
    expect(20 * Math.log10(middlePeak)).toBeCloseTo(-12, 0);

    // One undo of each insert and of the trim brings the original length back.
    for (let i = 0; i < 3; i += 1) await call('audio.edits.undo', { versionId: speechId });
    expect((await call('audio.edits.get', { versionId: speechId })).timeline.durationSec).toBeCloseTo(LEAD + TONE + TRAIL, 2);
  });
});

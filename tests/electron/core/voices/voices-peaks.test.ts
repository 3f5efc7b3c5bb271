import { randomUUID } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventPayload } from '../../../../shared/api/events.ts';
import type { Core } from '../../../../electron/core/core-types.ts';
import { makeLongCall, type LongCall } from '../../../../scripts/fixtures/long-call.ts';
import { callCore as call, useCores } from '../support/core-calls.ts';
import { useTempDir, useTempDirs } from '../support/temp-dirs.ts';

// Issue #14 §2: an hour-long call-in must be drawn in the redaction view, so its waveform peaks are
// made in the core (once per audio, during the import or on first open) and never decoded in the page.
const dirs = useTempDirs('cabina-voices-peaks-');
const media = useTempDir('cabina-voices-long-call-', 'all');
const cores = useCores();
let call25: LongCall;
beforeAll(async () => {
  call25 = await makeLongCall(media.path);
});

const peaksFile = (dataDir: string, assetId: string | null) => path.join(dataDir, 'store', 'peaks', `${assetId ?? '-'}.peaks`);

function progressOf(core: Core, jobId: string): EventPayload<'job.progress'>[] {
  const seen: EventPayload<'job.progress'>[] = [];
  core.events.subscribe('job.progress', (p) => {
    if (p.jobId === jobId) seen.push(p);
  });
  return seen;
}

async function importCall(core: Core) {
  const jobId = randomUUID();
  const progress = progressOf(core, jobId);
  const testimony = await call(core, 'voices.import', { jobId, source: { kind: 'path', path: call25.file }, originalName: 'llamada.wav', testimonySource: 'call_in' });
  return { testimony, progress };
}

/** The pairs' max values, each with the time (s) its pixel starts at. */
function maxima(answer: { samplesPerPixel: number; sampleRate: number; peaks: number[] }) {
  const secPerPair = answer.samplesPerPixel / answer.sampleRate;
  return Array.from({ length: answer.peaks.length / 2 }, (_, i) => ({ atSec: i * secPerPair, endSec: (i + 1) * secPerPair, max: answer.peaks[i * 2 + 1] ?? 0 }));
}

describe('Voces: waveform peaks of long calls (issue #14 §2)', () => {
  it('makes the peaks during the import, as the last part of its progress, and answers them at once', async () => {
    const dataDir = dirs.make();
    const core = await cores.open(dataDir);
    const { testimony, progress } = await importCall(core);
    expect(testimony.durationSec).toBeCloseTo(call25.durationSec, 0);
    expect(existsSync(peaksFile(dataDir, testimony.assetId))).toBe(true);
    const decoding = progress.filter((p) => p.stage === 'decode');
    expect(decoding.length).toBeGreaterThan(0);
    expect(Math.min(...decoding.map((p) => p.fraction))).toBeGreaterThanOrEqual(0.6);
    expect(Math.max(...progress.filter((p) => p.stage === 'copy' || p.stage === 'probe').map((p) => p.fraction))).toBeLessThanOrEqual(0.6);
    expect(progress.at(-1)).toMatchObject({ stage: 'done', fraction: 1 });

    const jobId = randomUUID();
    const again = progressOf(core, jobId);
    const mtime = statSync(peaksFile(dataDir, testimony.assetId)).mtimeMs;
    const answer = await call(core, 'voices.peaks', { id: testimony.id, jobId, pixels: 4000 });
    // Stored once: opening it reads the file, no second decode.
    expect(again.map((p) => p.stage)).not.toContain('decode');
    expect(statSync(peaksFile(dataDir, testimony.assetId)).mtimeMs).toBe(mtime);

    expect(answer.assetId).toBe(testimony.assetId);
    expect(answer.sampleRate).toBe(8000);
    expect(answer.durationSec).toBeCloseTo(call25.durationSec, 1);
    // The coarsest stored level with at least 4000 points: 2048 frames a pixel for 12 M frames.
    expect(answer.samplesPerPixel).toBe(2048);
    expect(answer.peaks.length).toBe(2 * Math.ceil((call25.durationSec * 8000) / 2048));
    const pairs = maxima(answer);
    const inside = pairs.filter((p) => p.atSec >= call25.loudFromSec + 0.5 && p.endSec <= call25.loudToSec - 0.5);
    const outside = pairs.filter((p) => p.endSec < call25.loudFromSec - 0.5 || p.atSec > call25.loudToSec + 0.5);
    expect(inside.length).toBeGreaterThan(100);
    expect(Math.min(...inside.map((p) => p.max))).toBeGreaterThan(0.6 * 32767);
    expect(Math.max(...outside.map((p) => p.max))).toBeLessThan(0.02 * 32767);
    // Where the loud stretch starts on the waveform is where it starts in the audio.
    const firstLoud = pairs.find((p) => p.max > 0.3 * 32767);
    expect(firstLoud?.atSec).toBeGreaterThan(call25.loudFromSec - 0.3);
    expect(firstLoud?.atSec).toBeLessThan(call25.loudFromSec + 0.3);

    const coarse = await call(core, 'voices.peaks', { id: testimony.id, jobId: randomUUID(), pixels: 100 });
    expect(coarse.samplesPerPixel).toBe(65536);
  });

  it('makes them on first open for a testimony imported before peaks existed, with progress, and cancels', async () => {
    const dataDir = dirs.make();
    const core = await cores.open(dataDir);
    const { testimony } = await importCall(core);
    // As an older testimony: no peaks file.
    await rm(peaksFile(dataDir, testimony.assetId));

    const cancelledJob = randomUUID();
    core.events.subscribe('job.progress', (p) => {
      if (p.jobId === cancelledJob && p.stage === 'decode') void call(core, 'jobs.cancel', { jobId: cancelledJob });
    });
    await expect(call(core, 'voices.peaks', { id: testimony.id, jobId: cancelledJob })).rejects.toMatchObject({ code: 'cancelled' });
    expect(existsSync(peaksFile(dataDir, testimony.assetId))).toBe(false);

    const jobId = randomUUID();
    const progress = progressOf(core, jobId);
    const answer = await call(core, 'voices.peaks', { id: testimony.id, jobId });
    expect(progress.filter((p) => p.stage === 'decode').length).toBeGreaterThan(0);
    expect(progress.at(-1)).toMatchObject({ kind: 'analyze', stage: 'done', fraction: 1 });
    expect(answer.peaks.length / 2).toBeGreaterThanOrEqual(4000);
    expect(existsSync(peaksFile(dataDir, testimony.assetId))).toBe(true);
  });

  it('deletes the peaks file with the testimony, and refuses a testimony without audio', async () => {
    const dataDir = dirs.make();
    const core = await cores.open(dataDir);
    const { testimony } = await importCall(core);
    const file = peaksFile(dataDir, testimony.assetId);
    expect(existsSync(file)).toBe(true);
    expect(await call(core, 'voices.delete', { id: testimony.id })).toEqual({ deleted: true });
    expect(existsSync(file)).toBe(false);
    await expect(call(core, 'voices.peaks', { id: testimony.id, jobId: randomUUID() })).rejects.toMatchObject({ code: 'not_found' });

    const noted = await call(core, 'voices.create', { assetId: null });
    await expect(call(core, 'voices.peaks', { id: noted.id, jobId: randomUUID() })).rejects.toMatchObject({ code: 'voices.no_audio' });
  });
});

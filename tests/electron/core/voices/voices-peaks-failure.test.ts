import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeFixtures } from '../../../../scripts/fixtures/make-fixtures.ts';
import { callCore as call, useCores } from '../support/core-calls.ts';
import { useTempDirs } from '../support/temp-dirs.ts';

// Issue #14 §2: a voice note's waveform peaks are made in the import's job, but they are a view of
// the audio, not the audio: when they cannot be written the testimony is still imported (nothing
// the listener sent is lost), and the peaks are made when the testimony is opened.
const dirs = useTempDirs('cabina-voices-peaks-failure-');
const cores = useCores();
let fixtures = '';
beforeAll(async () => {
  fixtures = await makeFixtures();
});

describe('voices.import when the peaks cannot be stored', () => {
  it('keeps the testimony and its audio, and makes the peaks on first open once they can be written', async () => {
    const dataDir = dirs.make();
    const core = await cores.open(dataDir);
    // A file where the peaks folder belongs: every peaks write fails (ENOTDIR/EEXIST), as on a broken disk.
    const peaksDir = path.join(dataDir, 'store', 'peaks');
    fs.rmSync(peaksDir, { recursive: true, force: true });
    fs.mkdirSync(path.dirname(peaksDir), { recursive: true });
    fs.writeFileSync(peaksDir, 'not a folder');

    const testimony = await call(core, 'voices.import', { jobId: randomUUID(), source: { kind: 'path', path: path.join(fixtures, 'speech-es.opus') }, originalName: 'nota.opus' });
    expect(testimony.assetId).not.toBeNull();
    expect((await call(core, 'voices.list', {})).rows.map((r) => r.id)).toEqual([testimony.id]);
    // The peaks are not there, and opening the testimony now says why instead of drawing nothing.
    await expect(call(core, 'voices.peaks', { id: testimony.id, jobId: randomUUID() })).rejects.toThrow();

    fs.rmSync(peaksDir, { force: true });
    const opened = await call(core, 'voices.peaks', { id: testimony.id, jobId: randomUUID() });
    expect(opened.assetId).toBe(testimony.assetId);
    expect(opened.durationSec).toBeGreaterThan(1);
    expect(opened.peaks.some((v) => Math.abs(v) > 1000)).toBe(true);
    expect(fs.statSync(path.join(peaksDir, `${testimony.assetId ?? ''}.peaks`)).size).toBeGreaterThan(0);
  }, 60_000);
});

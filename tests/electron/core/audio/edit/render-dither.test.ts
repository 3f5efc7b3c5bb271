import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { locateFfmpeg } from '../../../../../electron/core/audio/ffmpeg/locate-ffmpeg.ts';
import { callCore, useCores } from '../../support/core-calls.ts';
import { useTempDirs } from '../../support/temp-dirs.ts';

/*
 * Issue #16: a 16-bit master asked of processed audio is dithered, and a cut-only edit of 16-bit
 * 48 kHz audio stays bit-exact. Measured on the decoded samples: a 1 kHz tone turned down to a
 * third of one 16-bit step vanishes when it is only rounded, and survives (under noise) with dither.
 */

const dirs = useTempDirs('cabina-render-dither-');
const cores = useCores();
const LSB = 1 / 32768;
const RATE = 48000;

function makeTone(file: string, amplitude: number, seconds: number): void {
  const { ffmpeg } = locateFfmpeg();
  const made = spawnSync(ffmpeg, ['-v', 'error', '-f', 'lavfi', '-i', `aevalsrc=${amplitude}*sin(2*PI*1000*t):s=${RATE}:d=${seconds}`, '-c:a', 'pcm_s16le', '-y', file]);
  expect(made.status).toBe(0);
}

function samples(file: string): Int16Array {
  const { ffmpeg } = locateFfmpeg();
  const decoded = spawnSync(ffmpeg, ['-v', 'error', '-i', file, '-f', 's16le', '-ac', '1', '-'], { maxBuffer: 64 * 2 ** 20 });
  const bytes = decoded.stdout;
  return new Int16Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 2);
}

/** The 1 kHz component's amplitude, in 16-bit steps (a projection on sine and cosine). */
function toneAmplitudeLsb(pcm: Int16Array): number {
  let s = 0;
  let c = 0;
  for (let i = 0; i < pcm.length; i += 1) {
    const phase = (2 * Math.PI * 1000 * i) / RATE;
    s += (pcm[i] ?? 0) * Math.sin(phase);
    c += (pcm[i] ?? 0) * Math.cos(phase);
  }
  return (2 * Math.hypot(s, c)) / pcm.length;
}

async function importWav(file: string) {
  const core = await cores.open(dirs.make());
  const imported = await callCore(core, 'library.import', { jobId: randomUUID(), source: { kind: 'path', path: file }, originalName: 'tono.wav', title: 'Tono', languageCode: 'spa', regions: [] });
  const versionId = (await callCore(core, 'segments.get', { id: imported.segment.id })).versions[0]?.id ?? '';
  return { core, versionId };
}

describe('16-bit masters: dither where samples leave the grid (issue #16)', () => {
  it('keeps a tone quieter than one step alive under dither when a gain turns it down', async () => {
    const source = path.join(dirs.make(), 'tono.wav');
    makeTone(source, 0.01, 2);
    const { core, versionId } = await importWav(source);
    // −0.01 × 10^(−60/20) = 1e-5 full scale: a third of one 16-bit step.
    await callCore(core, 'audio.edits.apply', { versionId, op: { type: 'gain', startSec: 0, endSec: 2, db: -60 } });
    const out = path.join(dirs.make(), 'quiet.wav');
    await callCore(core, 'audio.render', { jobId: randomUUID(), versionId, format: 'master', bits: 16, out });
    const pcm = samples(out);
    const expected = (0.01 * 10 ** (-60 / 20)) / LSB;
    // Rounded without dither every sample would be 0 and the tone gone.
    expect(pcm.some((v) => v !== 0)).toBe(true);
    expect(Math.abs(toneAmplitudeLsb(pcm) - expected)).toBeLessThan(0.05);
  });

  it('leaves a cut-only edit of 16-bit 48 kHz audio bit-exact (no dither noise added)', async () => {
    const source = path.join(dirs.make(), 'tono.wav');
    makeTone(source, 0.25, 2);
    const { core, versionId } = await importWav(source);
    await callCore(core, 'audio.edits.apply', { versionId, op: { type: 'cut', startSec: 1, endSec: 1.5 } });
    const out = path.join(dirs.make(), 'cut.wav');
    await callCore(core, 'audio.render', { jobId: randomUUID(), versionId, format: 'master', out });
    const original = samples(source);
    const rendered = samples(out);
    expect(rendered.length).toBe(1.5 * RATE);
    // The first second is the source's first second, sample for sample.
    expect(Buffer.from(rendered.subarray(0, RATE).buffer.slice(rendered.byteOffset, rendered.byteOffset + RATE * 2)).equals(Buffer.from(original.buffer.slice(original.byteOffset, original.byteOffset + RATE * 2)))).toBe(true);
  });

  it('refuses bits for a format that has none', async () => {
    const source = path.join(dirs.make(), 'tono.wav');
    makeTone(source, 0.25, 1);
    const { core, versionId } = await importWav(source);
    await expect(callCore(core, 'audio.render', { jobId: randomUUID(), versionId, format: 'mp3', bits: 16 })).rejects.toMatchObject({ code: 'invalid_input' });
  });
});
